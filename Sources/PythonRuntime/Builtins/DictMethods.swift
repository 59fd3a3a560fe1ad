/// A live view of a dict's keys, values or items.
final class PyDictView: PyObject {
  enum Kind { case keys, values, items }
  let dict: PyDict
  let kind: Kind
  init(type: PyType, dict: PyDict, kind: Kind) {
    self.dict = dict
    self.kind = kind
    super.init(type: type)
  }
  func values(_ interp: Interpreter) -> [Value] {
    dict.storage.entries.map { e in
      switch kind {
      case .keys: return e.key
      case .values: return e.value
      case .items: return interp.tuple([e.key, e.value])
      }
    }
  }
}

extension Builtins {
  static func installDictMethods(_ interp: Interpreter) {
    let t = interp.types
    func dict(_ interp: Interpreter, _ args: CallArguments) throws -> PyDict {
      guard case .object(let o) = try args.receiver(interp), let d = o as? PyDict else { throw interp.typeError("descriptor requires a 'dict' object") }
      return d
    }
    func update(_ interp: Interpreter, _ d: PyDict, _ args: CallArguments) throws {
      if let src = args.positional.first {
        if case .object(let o) = src, o is PyDict || interp.typeOf(src).lookup("keys") != nil {
          try interp.mergeMapping(into: d, from: src)
        } else {
          for (i, pair) in try interp.iterate(src).enumerated() {
            let kv = try interp.iterate(pair)
            guard kv.count == 2 else {
              throw interp.valueError("dictionary update sequence element #\(i) has length \(kv.count); 2 is required")
            }
            try interp.dictSet(d, kv[0], kv[1])
          }
        }
      }
      for (k, v) in args.keywords { try interp.dictSet(d, .string(k), v) }
    }
    t.dict.constructor = { interp, cls, args in
      let d = PyDict(type: cls)
      if args.count > 1 { throw interp.typeError("dict expected at most 1 argument, got \(args.count)") }
      try update(interp, d, args)
      return .object(d)
    }
    interp.defineMethod(t.dict, "__init__") { interp, args in
      let d = try dict(interp, args)
      if d.type !== interp.types.dict { try update(interp, d, args.dropReceiver) }
      return .none
    }
    interp.defineMethod(t.dict, "update") { interp, args in
      try update(interp, try dict(interp, args), args.dropReceiver)
      return .none
    }
    for (name, kind) in [("keys", PyDictView.Kind.keys), ("values", .values), ("items", .items)] {
      let viewType = kind == .keys ? t.dictKeys : (kind == .values ? t.dictValues : t.dictItems)
      interp.defineMethod(t.dict, name) { interp, args in .object(PyDictView(type: viewType, dict: try dict(interp, args), kind: kind)) }
      interp.defineMethod(viewType, "__iter__") { interp, args in
        guard case .object(let o) = try args.receiver(interp), let v = o as? PyDictView else { throw interp.typeError("bad view") }
        let items = v.values(interp)
        var i = 0
        return interp.nativeIterator {
          guard i < items.count else { return nil }
          defer { i += 1 }
          return items[i]
        }
      }
      interp.defineMethod(viewType, "__len__") { interp, args in
        guard case .object(let o) = try args.receiver(interp), let v = o as? PyDictView else { throw interp.typeError("bad view") }
        return .int(v.dict.storage.count)
      }
      interp.defineMethod(viewType, "__contains__") { interp, args in
        guard case .object(let o) = try args.receiver(interp), let v = o as? PyDictView, let x = args.positional[safe: 1] else { throw interp.typeError("bad view") }
        if v.kind == .keys { return .bool(v.dict.storage.contains(try interp.key(x))) }
        for item in v.values(interp) where try interp.equal(item, x) { return .bool(true) }
        return .bool(false)
      }
      interp.defineMethod(viewType, "__repr__") { interp, args in
        guard case .object(let o) = try args.receiver(interp), let v = o as? PyDictView else { throw interp.typeError("bad view") }
        return .string("\(viewType.name)(\(try interp.repr(interp.list(v.values(interp)))))")
      }
    }
    interp.defineMethod(t.dict, "get") { interp, args in
      let d = try dict(interp, args)
      guard let k = args.positional[safe: 1] else { throw interp.typeError("get expected at least 1 argument, got 0") }
      return try interp.dictGet(d, k) ?? (args.positional[safe: 2] ?? .none)
    }
    interp.defineMethod(t.dict, "setdefault") { interp, args in
      let d = try dict(interp, args)
      guard let k = args.positional[safe: 1] else { throw interp.typeError("setdefault expected at least 1 argument, got 0") }
      if let v = try interp.dictGet(d, k) { return v }
      let v = args.positional[safe: 2] ?? .none
      try interp.dictSet(d, k, v)
      return v
    }
    interp.defineMethod(t.dict, "pop") { interp, args in
      let d = try dict(interp, args)
      guard let k = args.positional[safe: 1] else { throw interp.typeError("pop expected at least 1 argument, got 0") }
      if let v = d.storage.remove(try interp.key(k)) { return v }
      if let dflt = args.positional[safe: 2] { return dflt }
      throw interp.keyError(k)
    }
    interp.defineMethod(t.dict, "popitem") { interp, args in
      let d = try dict(interp, args)
      guard let (k, v) = d.storage.last else { throw interp.error(interp.types.keyError, "popitem(): dictionary is empty") }
      d.storage.remove(k)
      return interp.tuple([k.value, v])
    }
    interp.defineMethod(t.dict, "clear") { interp, args in
      try dict(interp, args).storage.removeAll()
      return .none
    }
    interp.defineMethod(t.dict, "copy") { interp, args in
      let src = try dict(interp, args)
      let d = PyDict(type: src.type === interp.types.dict ? interp.types.dict : src.type)
      d.storage = src.storage
      d.defaultFactory = src.defaultFactory
      return .object(d)
    }
    t.dict.dict["fromkeys"] = .object(PyClassMethod(type: t.classmethod, function: interp.makeFunction("fromkeys") { interp, args in
      guard case .type(let cls)? = args.positional.first, let keys = args.positional[safe: 1] else { throw interp.typeError("fromkeys expected at least 1 argument") }
      let d = PyDict(type: cls)
      let v = args.positional[safe: 2] ?? .none
      for k in try interp.iterate(keys) { try interp.dictSet(d, k, v) }
      return .object(d)
    }))
    interp.defineMethod(t.dict, "__len__") { interp, args in .int(try dict(interp, args).storage.count) }
    interp.defineMethod(t.dict, "__getitem__") { interp, args in
      let d = try dict(interp, args)
      guard let k = args.positional[safe: 1] else { throw interp.typeError("expected 1 argument") }
      if let v = try interp.dictGet(d, k) { return v }
      if let missing = d.type.lookup("__missing__") { return try interp.call(missing, [.object(d), k]) }
      throw interp.keyError(k)
    }
    interp.defineMethod(t.dict, "__setitem__") { interp, args in
      guard args.count == 3 else { throw interp.typeError("expected 2 arguments") }
      try interp.dictSet(try dict(interp, args), args.positional[1], args.positional[2])
      return .none
    }
    interp.defineMethod(t.dict, "__delitem__") { interp, args in
      let d = try dict(interp, args)
      guard let k = args.positional[safe: 1] else { throw interp.typeError("expected 1 argument") }
      if d.storage.remove(try interp.key(k)) == nil { throw interp.keyError(k) }
      return .none
    }
    interp.defineMethod(t.dict, "__contains__") { interp, args in
      .bool(try dict(interp, args).storage.contains(try interp.key(args.positional[safe: 1] ?? .none)))
    }
    interp.defineMethod(t.dict, "__iter__") { interp, args in
      let d = try dict(interp, args)
      let keys = d.storage.entries.map(\.key)
      var i = 0
      return interp.nativeIterator {
        guard i < keys.count else { return nil }
        defer { i += 1 }
        return keys[i]
      }
    }
  }

  static func installSetMethods(_ interp: Interpreter) {
    let t = interp.types
    func storage(_ interp: Interpreter, _ v: Value) throws -> OrderedStorage {
      if case .object(let o) = v, let s = interp.setStorage(o) { return s }
      var st = OrderedStorage()
      for x in try interp.iterate(v) { st.set(try interp.key(x), .none) }
      return st
    }
    func mutableSet(_ interp: Interpreter, _ args: CallArguments) throws -> PySet {
      guard case .object(let o) = try args.receiver(interp), let s = o as? PySet else { throw interp.typeError("descriptor requires a 'set' object") }
      return s
    }
    t.set.constructor = { interp, cls, args in
      let s = PySet(type: cls)
      if let src = args.positional.first { s.storage = try storage(interp, src) }
      return .object(s)
    }
    t.frozenset.constructor = { interp, cls, args in
      let s = PyFrozenSet(type: cls)
      if let src = args.positional.first { s.storage = try storage(interp, src) }
      return .object(s)
    }
    interp.defineMethod(t.set, "add") { interp, args in
      let s = try mutableSet(interp, args)
      guard let x = args.positional[safe: 1] else { throw interp.typeError("set.add() takes exactly one argument (0 given)") }
      s.storage.set(try interp.key(x), .none)
      return .none
    }
    interp.defineMethod(t.set, "remove") { interp, args in
      let s = try mutableSet(interp, args)
      guard let x = args.positional[safe: 1] else { throw interp.typeError("set.remove() takes exactly one argument (0 given)") }
      if s.storage.remove(try interp.key(x)) == nil { throw interp.keyError(x) }
      return .none
    }
    interp.defineMethod(t.set, "discard") { interp, args in
      let s = try mutableSet(interp, args)
      if let x = args.positional[safe: 1] { s.storage.remove(try interp.key(x)) }
      return .none
    }
    interp.defineMethod(t.set, "pop") { interp, args in
      let s = try mutableSet(interp, args)
      guard let first = s.storage.cpythonSetOrder.first else { throw interp.error(interp.types.keyError, "pop from an empty set") }
      s.storage.remove(first)
      return first.value
    }
    interp.defineMethod(t.set, "clear") { interp, args in
      try mutableSet(interp, args).storage.removeAll()
      return .none
    }
    interp.defineMethod(t.set, "update") { interp, args in
      let s = try mutableSet(interp, args)
      for other in args.positional.dropFirst() { for k in try storage(interp, other).liveKeys { s.storage.set(k, .none) } }
      return .none
    }
    for type in [t.set, t.frozenset] {
      let isFrozen = type === t.frozenset
      func make(_ st: OrderedStorage) -> Value {
        if isFrozen {
          let r = PyFrozenSet(type: interp.types.frozenset)
          r.storage = st
          return .object(r)
        }
        let r = PySet(type: interp.types.set)
        r.storage = st
        return .object(r)
      }
      interp.defineMethod(type, "copy") { interp, args in make(try storage(interp, try args.receiver(interp))) }
      interp.defineMethod(type, "union") { interp, args in
        var st = try storage(interp, try args.receiver(interp))
        for other in args.positional.dropFirst() { for k in try storage(interp, other).liveKeys { st.set(k, .none) } }
        return make(st)
      }
      interp.defineMethod(type, "intersection") { interp, args in
        var st = try storage(interp, try args.receiver(interp))
        for other in args.positional.dropFirst() {
          let o = try storage(interp, other)
          var next = OrderedStorage()
          for k in st.liveKeys where o.contains(k) { next.set(k, .none) }
          st = next
        }
        return make(st)
      }
      interp.defineMethod(type, "difference") { interp, args in
        var st = try storage(interp, try args.receiver(interp))
        for other in args.positional.dropFirst() { for k in try storage(interp, other).liveKeys { st.remove(k) } }
        return make(st)
      }
      interp.defineMethod(type, "symmetric_difference") { interp, args in
        let a = try storage(interp, try args.receiver(interp))
        let b = try storage(interp, args.positional[safe: 1] ?? .none)
        var st = OrderedStorage()
        for k in a.liveKeys where !b.contains(k) { st.set(k, .none) }
        for k in b.liveKeys where !a.contains(k) { st.set(k, .none) }
        return make(st)
      }
      interp.defineMethod(type, "issubset") { interp, args in
        let a = try storage(interp, try args.receiver(interp))
        let b = try storage(interp, args.positional[safe: 1] ?? .none)
        return .bool(a.liveKeys.allSatisfy { b.contains($0) })
      }
      interp.defineMethod(type, "issuperset") { interp, args in
        let a = try storage(interp, try args.receiver(interp))
        let b = try storage(interp, args.positional[safe: 1] ?? .none)
        return .bool(b.liveKeys.allSatisfy { a.contains($0) })
      }
      interp.defineMethod(type, "isdisjoint") { interp, args in
        let a = try storage(interp, try args.receiver(interp))
        let b = try storage(interp, args.positional[safe: 1] ?? .none)
        return .bool(!a.liveKeys.contains { b.contains($0) })
      }
      interp.defineMethod(type, "__len__") { interp, args in .int(try storage(interp, try args.receiver(interp)).count) }
      interp.defineMethod(type, "__contains__") { interp, args in .bool(try interp.contains(try args.receiver(interp), args.positional[safe: 1] ?? .none)) }
      interp.defineMethod(type, "__iter__") { interp, args in try interp.getIterator(try args.receiver(interp)) }
    }
    for (name, op) in [("intersection_update", BinaryOperator.bitAnd), ("difference_update", .sub), ("symmetric_difference_update", .bitXor)] {
      interp.defineMethod(t.set, name) { interp, args in
        let s = try mutableSet(interp, args)
        for other in args.positional.dropFirst() {
          let o = PySet(type: interp.types.set)
          o.storage = try storage(interp, other)
          if case .object(let r)? = try interp.setOperator(op, s, o), let rs = r as? PySet { s.storage = rs.storage }
        }
        return .none
      }
    }
  }
}
