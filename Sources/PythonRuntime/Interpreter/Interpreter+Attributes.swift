extension Interpreter {
  /// `obj.name`, following Python's lookup: data descriptors, instance dict, class attributes, `__getattr__`.
  public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
    switch obj {
    case .type(let cls):
      return try classAttribute(cls, name)
    case .object(let o):
      if let m = o as? PyModule {
        if let v = m.globals[name] { return v }
        if name == "__dict__" { return try globalsDict(m.globals) }
        if let getattr = m.globals["__getattr__"] { return try call(getattr, [.string(name)]) }
        throw error(types.attributeError, "module '\(m.name)' has no attribute '\(name)'")
      }
      if let s = o as? PySuper { return try superAttribute(s, name) }
      let t = o.type
      let descriptor = t.lookup(name)
      if let d = descriptor, case .object(let dobj) = d {
        if let p = dobj as? PyProperty {
          if p.getter.isNone { throw attributeError("property '\(name)' of '\(t.name)' object has no getter") }
          return try call(p.getter, [obj])
        }
        if let np = dobj as? PyNativeProperty { return try np.getter(self, obj) }
      }
      if let attrs = o.attributes, let v = attrs[name] { return v }
      if let d = descriptor { return bind(d, to: obj, type: t) }
      if name == "__dict__", let attrs = o.attributes { return try attributesDict(attrs) }
      if name == "__class__" { return .type(t) }
      if let ga = t.lookup("__getattr__") { return try call(ga, [obj, .string(name)]) }
      throw attributeError("'\(t.name)' object has no attribute '\(name)'")
    default:
      let t = typeOf(obj)
      if let d = t.lookup(name) {
        if case .object(let dobj) = d, let np = dobj as? PyNativeProperty { return try np.getter(self, obj) }
        return bind(d, to: obj, type: t)
      }
      if name == "__class__" { return .type(t) }
      throw attributeError("'\(t.name)' object has no attribute '\(name)'")
    }
  }

  /// Turns a class attribute into what `obj.attr` yields: a bound method for functions.
  func bind(_ attr: Value, to obj: Value, type t: PyType) -> Value {
    guard case .object(let a) = attr else { return attr }
    if a is PyFunction || a is PyBuiltinFunction {
      return .object(PyBoundMethod(type: types.method, receiver: obj, function: attr))
    }
    if let s = a as? PyStaticMethod { return s.function }
    if let c = a as? PyClassMethod {
      return .object(PyBoundMethod(type: types.method, receiver: .type(t), function: c.function))
    }
    return attr
  }

  /// `Class.name`: attributes along the MRO, then the metatype's (`__name__`, `mro`, ...).
  func classAttribute(_ cls: PyType, _ name: String) throws -> Value {
    if let v = cls.lookup(name) {
      if case .object(let o) = v {
        if let s = o as? PyStaticMethod { return s.function }
        if let c = o as? PyClassMethod {
          return .object(PyBoundMethod(type: types.method, receiver: .type(cls), function: c.function))
        }
      }
      return v
    }
    switch name {
    case "__name__": return .string(cls.name)
    case "__qualname__": return .string(cls.qualname)
    case "__module__": return .string(cls.module)
    case "__mro__": return .object(PyTuple(type: types.tuple, items: cls.mro.map { .type($0) }))
    case "__bases__": return .object(PyTuple(type: types.tuple, items: cls.bases.map { .type($0) }))
    case "__base__": return cls.bases.first.map { .type($0) } ?? .none
    case "__dict__": return try attributesDict(cls.dict)
    case "__doc__": return .none
    case "__class__": return .type(types.type)
    default: break
    }
    if let meta = types.type.lookup(name) { return bind(meta, to: .type(cls), type: types.type) }
    throw attributeError("type object '\(cls.name)' has no attribute '\(name)'")
  }

  func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
    let mro = s.receiverType.mro
    var found = false
    for t in mro {
      if found, let v = t.dict[name] {
        if case .object(let o) = v {
          if let p = o as? PyProperty { return try call(p.getter, [s.receiver]) }
          if let np = o as? PyNativeProperty { return try np.getter(self, s.receiver) }
        }
        if case .type = s.receiver {
          if case .object(let o) = v, let c = o as? PyClassMethod {
            return .object(PyBoundMethod(type: types.method, receiver: s.receiver, function: c.function))
          }
          if case .object(let o) = v, let st = o as? PyStaticMethod { return st.function }
          return v
        }
        return bind(v, to: s.receiver, type: s.receiverType)
      }
      if t === s.start { found = true }
    }
    throw attributeError("'super' object has no attribute '\(name)'")
  }

  /// `obj.name = value`.
  public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
    switch obj {
    case .type(let cls):
      cls.dict[name] = value
      cls.initCache = nil
    case .object(let o):
      if let m = o as? PyModule {
        m.globals[name] = value
        return
      }
      let t = o.type
      if let d = t.lookup(name), case .object(let dobj) = d {
        if let p = dobj as? PyProperty {
          if p.setter.isNone { throw attributeError("property '\(name)' of '\(t.name)' object has no setter") }
          _ = try call(p.setter, [obj, value])
          return
        }
        if let np = dobj as? PyNativeProperty {
          guard let setter = np.setter else { throw attributeError("attribute '\(name)' of '\(t.name)' objects is not writable") }
          try setter(self, obj, value)
          return
        }
      }
      if let custom = t.lookup("__setattr__"), case .object(let f) = custom, f is PyFunction {
        _ = try call(custom, [obj, .string(name), value])
        return
      }
      guard let attrs = o.attributes else {
        throw attributeError("'\(t.name)' object has no attribute '\(name)'")
      }
      attrs[name] = value
    default:
      let t = typeOf(obj)
      if let d = t.lookup(name), d.asObject is PyNativeProperty {
        throw attributeError("attribute '\(name)' of '\(t.name)' objects is not writable")
      }
      throw attributeError("'\(t.name)' object has no attribute '\(name)'")
    }
  }

  /// Stores an attribute directly in the instance dictionary (`object.__setattr__`).
  public func setInstanceAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
    guard case .object(let o) = obj, let attrs = o.attributes else {
      throw attributeError("'\(typeName(obj))' object has no attribute '\(name)'")
    }
    attrs[name] = value
  }

  /// `del obj.name`.
  public func deleteAttribute(_ obj: Value, _ name: String) throws {
    switch obj {
    case .type(let cls):
      guard cls.dict[name] != nil else { throw attributeError("type object '\(cls.name)' has no attribute '\(name)'") }
      cls.dict[name] = nil
      cls.initCache = nil
    case .object(let o):
      if let m = o as? PyModule {
        guard m.globals[name] != nil else { throw attributeError("module '\(m.name)' has no attribute '\(name)'") }
        m.globals[name] = nil
        return
      }
      if let custom = o.type.lookup("__delattr__"), case .object(let f) = custom, f is PyFunction {
        _ = try call(custom, [obj, .string(name)])
        return
      }
      if let d = o.type.lookup(name), case .object(let dobj) = d, let p = dobj as? PyProperty, !p.deleter.isNone {
        _ = try call(p.deleter, [obj])
        return
      }
      guard let attrs = o.attributes, attrs[name] != nil else {
        throw attributeError("'\(o.type.name)' object has no attribute '\(name)'")
      }
      attrs[name] = nil
    default:
      throw attributeError("'\(typeName(obj))' object has no attribute '\(name)'")
    }
  }

  /// `hasattr(obj, name)`.
  public func hasAttribute(_ obj: Value, _ name: String) throws -> Bool {
    do {
      _ = try getAttribute(obj, name)
      return true
    } catch let e as PyError where e.exception.type.isSubtype(of: types.attributeError) {
      return false
    }
  }

  /// A dict snapshot of an attribute table.
  func attributesDict(_ attrs: PyAttributes) throws -> Value {
    let d = PyDict(type: types.dict)
    for (k, v) in attrs.items { try dictSet(d, .string(k), v) }
    return .object(d)
  }

  /// A dict snapshot of module globals (`globals()`, `module.__dict__`).
  public func globalsDict(_ g: Globals) throws -> Value {
    let d = PyDict(type: types.dict)
    for (k, v) in g.items { try dictSet(d, .string(k), v) }
    return .object(d)
  }
}
