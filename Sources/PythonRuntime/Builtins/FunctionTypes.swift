extension Builtins {
  static func installFunctionTypes(_ interp: Interpreter) {
    let t = interp.types
    t.property.constructor = { interp, _, args in
      let a = try args.bind(interp, "property", ["fget", "fset", "fdel", "doc"])
      return .object(PyProperty(type: interp.types.property, getter: a[0] ?? .none, setter: a[1] ?? .none, deleter: a[2] ?? .none, doc: a[3] ?? .none))
    }
    for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
      interp.defineMethod(t.property, name) { interp, args in
        guard case .object(let o) = try args.receiver(interp), let p = o as? PyProperty, let f = args.positional[safe: 1] else {
          throw interp.typeError("\(name)() takes exactly one argument")
        }
        let copy = PyProperty(type: interp.types.property, getter: p.getter, setter: p.setter, deleter: p.deleter, doc: p.doc)
        switch which {
        case 0: copy.getter = f
        case 1: copy.setter = f
        default: copy.deleter = f
        }
        return .object(copy)
      }
    }
    interp.defineProperty(t.property, "fget", get: { _, v in (v.asObject as? PyProperty)?.getter ?? .none })
    interp.defineProperty(t.property, "fset", get: { _, v in (v.asObject as? PyProperty)?.setter ?? .none })
    interp.defineProperty(t.property, "__doc__", get: { interp, v in
      guard let p = v.asObject as? PyProperty else { return .none }
      if !p.doc.isNone { return p.doc }
      if case .object(let f) = p.getter, let fn = f as? PyFunction { return fn.doc }
      return .none
    })
    t.staticmethod.constructor = { interp, _, args in
      guard let f = args.positional.first else { throw interp.typeError("staticmethod expected 1 argument, got 0") }
      return .object(PyStaticMethod(type: interp.types.staticmethod, function: f))
    }
    t.classmethod.constructor = { interp, _, args in
      guard let f = args.positional.first else { throw interp.typeError("classmethod expected 1 argument, got 0") }
      return .object(PyClassMethod(type: interp.types.classmethod, function: f))
    }
    interp.defineProperty(t.staticmethod, "__func__", get: { _, v in (v.asObject as? PyStaticMethod)?.function ?? .none })
    interp.defineProperty(t.classmethod, "__func__", get: { _, v in (v.asObject as? PyClassMethod)?.function ?? .none })
    t.superType.constructor = { interp, _, args in
      guard args.count == 2, case .type(let cls) = args.positional[0] else {
        throw interp.runtimeError("super(): no arguments")
      }
      return try interp.makeSuper(cls, args.positional[1])
    }
    // function attributes
    interp.defineProperty(t.function, "__name__", get: { _, v in .string((v.asObject as? PyFunction)?.name ?? "") }, set: { interp, v, n in
      guard case .str(let s) = n else { throw interp.typeError("__name__ must be set to a string object") }
      (v.asObject as? PyFunction)?.name = s.value
    })
    interp.defineProperty(t.function, "__qualname__", get: { _, v in .string((v.asObject as? PyFunction)?.qualname ?? "") }, set: { interp, v, n in
      guard case .str(let s) = n else { throw interp.typeError("__qualname__ must be set to a string object") }
      (v.asObject as? PyFunction)?.qualname = s.value
    })
    interp.defineProperty(t.function, "__doc__", get: { _, v in (v.asObject as? PyFunction)?.doc ?? .none }, set: { _, v, n in
      (v.asObject as? PyFunction)?.doc = n
    })
    interp.defineProperty(t.function, "__defaults__", get: { interp, v in
      guard let f = v.asObject as? PyFunction, !f.defaults.isEmpty else { return .none }
      return interp.tuple(f.defaults)
    })
    interp.defineProperty(t.function, "__kwdefaults__", get: { interp, v in
      guard let f = v.asObject as? PyFunction, !f.keywordDefaults.isEmpty else { return .none }
      let d = PyDict(type: interp.types.dict)
      for name in f.code.parameterNames where f.keywordDefaults[name] != nil {
        if let value = f.keywordDefaults[name] { try interp.dictSet(d, .string(name), value) }
      }
      return .object(d)
    })
    interp.defineProperty(t.function, "__closure__", get: { interp, v in
      guard let f = v.asObject as? PyFunction, !f.closure.isEmpty else { return .none }
      return interp.tuple(f.closure.map { .object($0) })
    })
    interp.defineProperty(t.cell, "cell_contents", get: { interp, v in
      guard let c = v.asObject as? PyCell, let value = c.value else { throw interp.valueError("Cell is empty") }
      return value
    })
    interp.defineProperty(t.builtinFunction, "__name__", get: { _, v in
      let n = (v.asObject as? PyBuiltinFunction)?.name ?? ""
      return .string(String(n.split(separator: ".").last ?? Substring(n)))
    })
    interp.defineProperty(t.builtinFunction, "__doc__", get: { _, v in (v.asObject as? PyBuiltinFunction)?.doc.map { .string($0) } ?? .none })
    interp.defineProperty(t.method, "__self__", get: { _, v in (v.asObject as? PyBoundMethod)?.receiver ?? .none })
    interp.defineProperty(t.method, "__func__", get: { _, v in (v.asObject as? PyBoundMethod)?.function ?? .none })
    interp.defineProperty(t.method, "__name__", get: { interp, v in
      guard let m = v.asObject as? PyBoundMethod else { return .none }
      return try interp.getAttribute(m.function, "__name__")
    })
    interp.defineProperty(t.module, "__name__", get: { _, v in .string((v.asObject as? PyModule)?.name ?? "") })
    // generators
    interp.defineMethod(t.generator, "__iter__") { interp, args in try args.receiver(interp) }
    interp.defineMethod(t.generator, "__next__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let g = o as? PyGenerator else { throw interp.typeError("expected a generator") }
      guard let v = try g.resume(interp, send: .none) else {
        let stop = interp.makeException(interp.types.stopIteration, nil)
        if !g.channel.returnValue.isNone { stop.exception?.args = [g.channel.returnValue] }
        throw PyError(stop)
      }
      return v
    }
    interp.defineMethod(t.generator, "send") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let g = o as? PyGenerator else { throw interp.typeError("expected a generator") }
      guard let v = try g.resume(interp, send: args.positional[safe: 1] ?? .none) else {
        let stop = interp.makeException(interp.types.stopIteration, nil)
        if !g.channel.returnValue.isNone { stop.exception?.args = [g.channel.returnValue] }
        throw PyError(stop)
      }
      return v
    }
    interp.defineMethod(t.generator, "throw") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let g = o as? PyGenerator, let e = args.positional[safe: 1] else { throw interp.typeError("throw expected an exception") }
      let exc = try interp.exceptionInstance(e)
      guard let v = try g.resume(interp, send: .none, throwing: PyError(exc)) else { throw interp.error(interp.types.stopIteration, nil) }
      return v
    }
    interp.defineMethod(t.generator, "close") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let g = o as? PyGenerator else { throw interp.typeError("expected a generator") }
      g.channel.close()
      return .none
    }
    interp.defineMethod(t.iterator, "__iter__") { interp, args in try args.receiver(interp) }
    interp.defineMethod(t.iterator, "__next__") { interp, args in
      guard let v = try interp.next(try args.receiver(interp)) else { throw interp.error(interp.types.stopIteration, nil) }
      return v
    }
    interp.defineProperty(t.cell, "cell_contents", get: { interp, v in
      guard let c = v.asObject as? PyCell, let x = c.value else { throw interp.valueError("Cell is empty") }
      return x
    })
  }
}
