extension Builtins {
  static func installObjectMethods(_ interp: Interpreter) {
    let t = interp.types
    interp.defineMethod(t.object, "__init__") { _, _ in .none }
    t.object.dict["__new__"] = .object(PyStaticMethod(type: t.staticmethod, function: interp.makeFunction("object.__new__") { interp, args in
      guard case .type(let cls)? = args.positional.first else { throw interp.typeError("object.__new__(X): X is not a type object") }
      let inst = PyInstance(type: cls)
      if cls.isException { inst.exception?.args = Array(args.positional.dropFirst()) }
      return .object(inst)
    }))
    interp.defineMethod(t.object, "__repr__") { interp, args in
      let s = try args.receiver(interp)
      let ty = interp.typeOf(s)
      let name = ty.module == "builtins" ? ty.name : "\(ty.module).\(ty.qualname)"
      if case .object(let o) = s { return .string("<\(name) object at \(interp.address(o))>") }
      return .string(try interp.repr(s))
    }
    interp.defineMethod(t.object, "__str__") { interp, args in .string(try interp.repr(try args.receiver(interp))) }
    interp.defineMethod(t.object, "__eq__") { interp, args in
      guard args.count == 2 else { throw interp.typeError("expected 1 argument") }
      return args.positional[0].isIdentical(to: args.positional[1]) ? .bool(true) : interp.notImplementedValue
    }
    interp.defineMethod(t.object, "__ne__") { interp, args in
      guard args.count == 2 else { throw interp.typeError("expected 1 argument") }
      let r = try interp.compare(.eq, args.positional[0], args.positional[1])
      if interp.isNotImplemented(r) { return r }
      return .bool(!(try interp.truthy(r)))
    }
    interp.defineMethod(t.object, "__hash__") { interp, args in
      if case .object(let o) = try args.receiver(interp) { return .int(ObjectIdentifier(o).hashValue >> 4) }
      return .int(try interp.hash(try args.receiver(interp)))
    }
    interp.defineMethod(t.object, "__setattr__") { interp, args in
      guard args.count == 3, case .str(let name) = args.positional[1] else { throw interp.typeError("__setattr__ expected 2 arguments") }
      let obj = args.positional[0]
      if case .object(let o) = obj, let d = o.type.lookup(name.value), case .object(let dobj) = d, dobj is PyProperty || dobj is PyNativeProperty {
        if let p = dobj as? PyProperty {
          _ = try interp.call(p.setter, [obj, args.positional[2]])
          return .none
        }
      }
      try interp.setInstanceAttribute(obj, name.value, args.positional[2])
      return .none
    }
    interp.defineMethod(t.object, "__getattribute__") { interp, args in
      guard args.count == 2, case .str(let name) = args.positional[1] else { throw interp.typeError("__getattribute__ expected 1 argument") }
      return try interp.getAttribute(args.positional[0], name.value)
    }
    interp.defineMethod(t.object, "__delattr__") { interp, args in
      guard args.count == 2, case .str(let name) = args.positional[1], case .object(let o) = args.positional[0], let attrs = o.attributes else {
        throw interp.typeError("__delattr__ expected 1 argument")
      }
      guard attrs[name.value] != nil else { throw interp.attributeError("'\(o.type.name)' object has no attribute '\(name.value)'") }
      attrs[name.value] = nil
      return .none
    }
    interp.defineMethod(t.object, "__format__") { interp, args in
      let s = try args.receiver(interp)
      if case .str(let spec)? = args.positional[safe: 1], !spec.value.isEmpty {
        throw interp.typeError("unsupported format string passed to \(interp.typeName(s)).__format__")
      }
      return .string(try interp.str(s))
    }
    interp.defineMethod(t.object, "__dir__") { interp, args in
      try interp.callBuiltin("dir", [try args.receiver(interp)])
    }
    interp.defineMethod(t.object, "__init_subclass__") { _, _ in .none }
    interp.defineMethod(t.object, "__reduce_ex__") { interp, _ in throw interp.typeError("cannot pickle object") }

    // type
    t.type.constructor = { interp, _, args in
      if args.count == 1 && args.keywords.isEmpty { return .type(interp.typeOf(args.positional[0])) }
      guard args.count == 3, case .str(let name) = args.positional[0] else {
        throw interp.typeError("type() takes 1 or 3 arguments")
      }
      var bases: [PyType] = []
      for b in try interp.iterate(args.positional[1]) {
        guard case .type(let bt) = b else { throw interp.typeError("bases must be types") }
        bases.append(bt)
      }
      if bases.isEmpty { bases = [interp.types.object] }
      let ns = PyAttributes()
      if case .object(let o) = args.positional[2], let d = o as? PyDict {
        for (k, v) in d.storage.entries { if case .str(let ks) = k { ns[ks.value] = v } }
      }
      return .type(try interp.makeClass(name: name.value, bases: bases, namespace: ns))
    }
    interp.defineMethod(t.type, "mro") { interp, args in
      guard case .type(let cls) = try args.receiver(interp) else { throw interp.typeError("mro() needs a type") }
      return interp.list(cls.mro.map { .type($0) })
    }
    interp.defineMethod(t.type, "__subclasses__") { interp, _ in interp.list([]) }
  }

  static func installExceptionMethods(_ interp: Interpreter) {
    let base = interp.types.baseException
    interp.defineMethod(base, "__init__") { interp, args in
      if case .object(let o) = try args.receiver(interp), let inst = o as? PyInstance {
        inst.exception?.args = Array(args.positional.dropFirst())
      }
      return .none
    }
    interp.defineProperty(base, "args", get: { interp, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return interp.tuple([]) }
      return interp.tuple(inst.exception?.args ?? [])
    }, set: { interp, v, newValue in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return }
      inst.exception?.args = try interp.iterate(newValue)
    })
    interp.defineProperty(base, "__cause__", get: { _, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return .none }
      return inst.exception?.cause ?? .none
    }, set: { _, v, newValue in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return }
      inst.exception?.cause = newValue
      inst.exception?.suppressContext = true
    })
    interp.defineProperty(base, "__context__", get: { _, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return .none }
      return inst.exception?.context ?? .none
    }, set: { _, v, newValue in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return }
      inst.exception?.context = newValue
    })
    interp.defineProperty(base, "__suppress_context__", get: { _, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return .bool(false) }
      return .bool(inst.exception?.suppressContext ?? false)
    })
    // Traceback objects are built on demand from the recorded entries: traceback -> frame -> code.
    let o = interp.types.object
    let codeType = PyType(name: "code", bases: [o], generic: false)
    let frameType = PyType(name: "frame", bases: [o], generic: false)
    let tracebackType = PyType(name: "traceback", bases: [o], generic: false)
    typealias Link = PyNativeObject<ArraySlice<TracebackEntry>>
    func entry(_ v: Value) -> TracebackEntry? { (v.asObject as? Link)?.payload.first }
    func chain(_ entries: ArraySlice<TracebackEntry>, _ type: PyType) -> Value {
      entries.isEmpty ? .none : .object(Link(type: type, payload: entries))
    }
    interp.defineProperty(codeType, "co_name", get: { _, v in .string(entry(v)?.function ?? "") })
    interp.defineProperty(codeType, "co_filename", get: { _, v in .string(entry(v)?.filename ?? "") })
    interp.defineProperty(frameType, "f_code", get: { _, v in chain((v.asObject as? Link)?.payload ?? [], codeType) })
    interp.defineProperty(frameType, "f_lineno", get: { _, v in .int(entry(v)?.line ?? 0) })
    interp.defineProperty(tracebackType, "tb_lineno", get: { _, v in .int(entry(v)?.line ?? 0) })
    interp.defineProperty(tracebackType, "tb_frame", get: { _, v in chain((v.asObject as? Link)?.payload ?? [], frameType) })
    interp.defineProperty(tracebackType, "tb_next", get: { _, v in chain((v.asObject as? Link)?.payload.dropFirst() ?? [], tracebackType) })
    interp.defineProperty(base, "__traceback__", get: { _, v in
      guard case .object(let ob) = v, let inst = ob as? PyInstance, let entries = inst.exception?.traceback else { return .none }
      return chain(entries[...], tracebackType)
    }, set: { _, v, newValue in
      guard case .object(let ob) = v, let inst = ob as? PyInstance else { return }
      if newValue.isNone { inst.exception?.traceback = [] }
    })
    interp.defineMethod(base, "with_traceback") { interp, args in try args.receiver(interp) }
    interp.defineMethod(base, "__str__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let inst = o as? PyInstance else { return .string("") }
      let a = inst.exception?.args ?? []
      if inst.type.isSubtype(of: interp.types.keyError), a.count == 1 { return .string(try interp.repr(a[0])) }
      switch a.count {
      case 0: return .string("")
      case 1: return .string(try interp.str(a[0]))
      default: return .string(try interp.repr(interp.tuple(a)))
      }
    }
    interp.defineMethod(base, "__repr__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let inst = o as? PyInstance else { return .string("") }
      let a = try (inst.exception?.args ?? []).map { try interp.repr($0) }
      return .string("\(inst.type.name)(\(a.joined(separator: ", ")))")
    }
    // OSError(errno, strerror[, filename]): the errno picks the subclass (see construct).
    interp.defineMethod(interp.types.osError, "__init__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let inst = o as? PyInstance else { return .none }
      let a = Array(args.positional.dropFirst())
      inst.exception?.args = a
      if a.count >= 2 && a.count <= 5 {
        inst.dict["errno"] = a[0]
        inst.dict["strerror"] = a[1]
        inst.dict["filename"] = a[safe: 2] ?? Value.none
        if a.count > 2 { inst.exception?.args = Array(a.prefix(2)) }
      } else {
        inst.dict["errno"] = Value.none
        inst.dict["strerror"] = Value.none
        inst.dict["filename"] = Value.none
      }
      return .none
    }
    interp.defineMethod(interp.types.osError, "__str__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let inst = o as? PyInstance else { return .string("") }
      if let errno = inst.dict["errno"], !errno.isNone, let strerror = inst.dict["strerror"] {
        var s = "[Errno \(try interp.str(errno))] \(try interp.str(strerror))"
        if let f = inst.dict["filename"], !f.isNone { s += ": " + (try interp.repr(f)) }
        return .string(s)
      }
      return .string(interp.exceptionMessage(inst, ignoringCustomStr: true))
    }
    interp.defineProperty(interp.types.stopIteration, "value", get: { interp, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return .none }
      return inst.exception?.args.first ?? .none
    })
    interp.defineProperty(interp.types.systemExit, "code", get: { interp, v in
      guard case .object(let o) = v, let inst = o as? PyInstance else { return .none }
      return inst.exception?.args.first ?? .none
    })
    for name in ["msg", "lineno", "offset", "text", "filename"] {
      _ = name
    }
  }
}

extension Interpreter {
  /// Calls a builtin function by name.
  public func callBuiltin(_ name: String, _ args: [Value]) throws -> Value {
    guard let f = builtins[name] else { throw error(types.nameError, "name '\(name)' is not defined") }
    return try call(f, args)
  }
}
