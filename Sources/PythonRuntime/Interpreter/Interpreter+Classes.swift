/// Classes, `super`, exceptions as values, keyword expansion.
extension Interpreter {
  /// Creates a class from a `class` statement's namespace.
  public func makeClass(name: String, bases: [PyType], namespace: PyAttributes) throws -> PyType {
    let cls = PyType(name: name, module: "__main__", bases: bases, generic: true)
    do {
      try cls.setBases(bases)
    } catch let e as MROError {
      throw typeError(e.message)
    }
    for (k, v) in namespace.items { cls.dict[k] = v }
    if let f = cls.dict["__init_subclass__"], case .object(let o) = f, let fn = o as? PyFunction {
      cls.dict["__init_subclass__"] = .object(PyClassMethod(type: types.classmethod, function: .object(fn)))
    }
    if let f = cls.dict["__class_getitem__"], case .object(let o) = f, o is PyFunction {
      cls.dict["__class_getitem__"] = .object(PyClassMethod(type: types.classmethod, function: f))
    }
    if cls.dict["__eq__"] != nil && cls.dict["__hash__"] == nil { cls.dict["__hash__"] = Value.none }
    for base in cls.mro.dropFirst() {
      if let hook = base.dict["__init_subclass__"], case .object(let o) = hook, let cm = o as? PyClassMethod {
        _ = try call(cm.function, [.type(cls)])
        break
      }
    }
    return cls
  }

  /// `super(cls, receiver)`.
  public func makeSuper(_ cls: PyType, _ receiver: Value) throws -> Value {
    let receiverType: PyType
    if case .type(let t) = receiver, t.isSubtype(of: cls) {
      receiverType = t
    } else {
      receiverType = typeOf(receiver)
      guard receiverType.isSubtype(of: cls) else {
        throw typeError("super(type, obj): obj must be an instance or subtype of type")
      }
    }
    return .object(PySuper(type: types.superType, start: cls, receiver: receiver, receiverType: receiverType))
  }

  /// The exception instance that `raise v` raises: instantiates classes, checks the type.
  public func exceptionInstance(_ v: Value) throws -> PyInstance {
    switch v {
    case .type(let t) where t.isException:
      let made = try construct(t, CallArguments())
      if case .object(let o) = made, let inst = o as? PyInstance { return inst }
    case .object(let o):
      if let inst = o as? PyInstance, inst.exception != nil { return inst }
    default: break
    }
    throw typeError("exceptions must derive from BaseException")
  }

  /// `except T:` matching: T is a class or a tuple of classes.
  public func exceptionMatches(_ exc: PyInstance, _ spec: Value) throws -> Bool {
    switch spec {
    case .type(let t):
      guard t.isException else { throw typeError("catching classes that do not inherit from BaseException is not allowed") }
      return exc.type.isSubtype(of: t)
    case .object(let o):
      if let tuple = o as? PyTuple {
        for item in tuple.items where try exceptionMatches(exc, item) { return true }
        return false
      }
    default: break
    }
    throw typeError("catching classes that do not inherit from BaseException is not allowed")
  }

  /// `{**other}`: copies a mapping into a dict.
  public func mergeMapping(into d: PyDict, from other: Value) throws {
    if case .object(let o) = other, let src = o as? PyDict {
      for (k, v) in src.storage.entries { try dictSet(d, k, v) }
      return
    }
    guard typeOf(other).lookup("keys") != nil else {
      throw typeError("'\(typeName(other))' object is not a mapping")
    }
    for k in try iterate(try callMethod(other, "keys")) { try dictSet(d, k, try getItem(other, k)) }
  }

  /// `f(**mapping)`: appends the mapping's items as keyword arguments.
  public func expandKeywords(_ mapping: Value, into args: inout CallArguments) throws {
    let d = PyDict(type: types.dict)
    do {
      try mergeMapping(into: d, from: mapping)
    } catch let e as PyError where e.exception.type === types.typeError {
      throw typeError("argument after ** must be a mapping, not \(typeName(mapping))")
    }
    for (k, v) in d.storage.entries {
      guard case .str(let s) = k else { throw typeError("keywords must be strings") }
      if args.keyword(s.value) != nil { throw typeError("got multiple values for keyword argument '\(s.value)'") }
      args.keywords.append((s.value, v))
    }
  }
}
