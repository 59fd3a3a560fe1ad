extension Builtins {
  static func installIterationFunctions(_ interp: Interpreter) {
    interp.defineBuiltin("enumerate", signature: "(iterable, start=0)") { interp, args in
      let a = try args.bind(interp, "enumerate", ["iterable", "start"], required: 1)
      guard let src = a[0] else { throw interp.typeError("enumerate() missing required argument 'iterable' (pos 1)") }
      var i = 0
      if let s = a[1] {
        guard let n = try interp.indexValue(s) else { throw interp.typeError("'\(interp.typeName(s))' object cannot be interpreted as an integer") }
        i = n
      }
      let it = try interp.getIterator(src)
      return interp.nativeIterator(type: interp.types.enumerateType) {
        guard let v = try interp.next(it) else { return nil }
        defer { i += 1 }
        return interp.tuple([.int(i), v])
      }
    }
    interp.defineBuiltin("zip", signature: "(*iterables, strict=False)") { interp, args in
      let strict = try args.keyword("strict").map { try interp.truthy($0) } ?? false
      let its = try args.positional.map { try interp.getIterator($0) }
      if its.isEmpty { return interp.nativeIterator(type: interp.types.zipType) { nil } }
      return interp.nativeIterator(type: interp.types.zipType) {
        var items: [Value] = []
        items.reserveCapacity(its.count)
        for (i, it) in its.enumerated() {
          guard let v = try interp.next(it) else {
            if strict && i > 0 { throw interp.valueError("zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")") }
            if strict && i == 0 {
              for (j, other) in its.enumerated().dropFirst() where try interp.next(other) != nil {
                throw interp.valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
              }
            }
            return nil
          }
          items.append(v)
        }
        return interp.tuple(items)
      }
    }
    interp.defineBuiltin("map", signature: "(function, iterable, ...)") { interp, args in
      guard args.count >= 2 else { throw interp.typeError("map() must have at least two arguments.") }
      let f = args.positional[0]
      let its = try args.positional.dropFirst().map { try interp.getIterator($0) }
      return interp.nativeIterator(type: interp.types.mapType) {
        var items: [Value] = []
        for it in its {
          guard let v = try interp.next(it) else { return nil }
          items.append(v)
        }
        return try interp.call(f, items)
      }
    }
    interp.defineBuiltin("filter", signature: "(function, iterable)") { interp, args in
      guard args.count == 2 else { throw interp.typeError("filter expected 2 arguments, got \(args.count)") }
      let f = args.positional[0]
      let it = try interp.getIterator(args.positional[1])
      return interp.nativeIterator(type: interp.types.filterType) {
        while let v = try interp.next(it) {
          let keep = f.isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(f, [v]))
          if keep { return v }
        }
        return nil
      }
    }
    interp.defineBuiltin("reversed") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("reversed expected 1 argument, got 0") }
      if case .object(let o) = v, let f = o.type.lookup("__reversed__") { return try interp.call(f, [v]) }
      if case .object(let o) = v, o.type.lookup("__getitem__") != nil, !(o is PyList || o is PyTuple || o is PyRange), let n = try? interp.length(v) {
        var i = n - 1
        return interp.nativeIterator {
          guard i >= 0 else { return nil }
          defer { i -= 1 }
          return try interp.getItem(v, .int(i))
        }
      }
      if case .object(let o) = v, o is PyDict || o is PySet {
        if o is PySet { throw interp.typeError("'set' object is not reversible") }
      }
      let items: [Value]
      switch v {
      case .str, .object(is PyList), .object(is PyTuple), .object(is PyRange), .object(is PyDict): items = try interp.iterate(v)
      default: throw interp.typeError("'\(interp.typeName(v))' object is not reversible")
      }
      var i = items.count - 1
      return interp.nativeIterator {
        guard i >= 0 else { return nil }
        defer { i -= 1 }
        return items[i]
      }
    }
    interp.defineBuiltin("sorted", signature: "(iterable, /, *, key=None, reverse=False)") { interp, args in
      guard args.count == 1 else { throw interp.typeError("sorted expected 1 argument, got \(args.count)") }
      var key: Value?
      var reverse = false
      for (k, v) in args.keywords {
        switch k {
        case "key": key = v.isNone ? nil : v
        case "reverse": reverse = try interp.truthy(v)
        default: throw interp.typeError("sort() got an unexpected keyword argument '\(k)'")
        }
      }
      return interp.list(try interp.sortValues(try interp.iterate(args.positional[0]), key: key, reverse: reverse))
    }
    interp.defineBuiltin("sum", signature: "(iterable, /, start=0)") { interp, args in
      guard let src = args.positional.first else { throw interp.typeError("sum() takes at least 1 positional argument (0 given)") }
      var total = args.positional[safe: 1] ?? args.keyword("start") ?? .int(0)
      if case .str = total { throw interp.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
      // CPython sums floats with a compensated algorithm only in 3.12+; 3.11 adds left to right.
      let it = try interp.getIterator(src)
      while let v = try interp.next(it) { total = try interp.binary(.add, total, v) }
      return total
    }
    for (name, wantMax) in [("min", false), ("max", true)] {
      interp.defineBuiltin(name, signature: "(iterable, *, key=None, default=...)") { interp, args in
        var key: Value?
        var dflt: Value?
        for (k, v) in args.keywords {
          switch k {
          case "key": key = v.isNone ? nil : v
          case "default": dflt = v
          default: throw interp.typeError("\(name)() got an unexpected keyword argument '\(k)'")
          }
        }
        let items: [Value]
        if args.count == 1 {
          items = try interp.iterate(args.positional[0])
        } else if args.count == 0 {
          throw interp.typeError("\(name) expected at least 1 argument, got 0")
        } else {
          if dflt != nil { throw interp.typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
          items = args.positional
        }
        guard var best = items.first else {
          if let d = dflt { return d }
          throw interp.valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try interp.call($0, [best]) } ?? best
        for v in items.dropFirst() {
          let k = try key.map { try interp.call($0, [v]) } ?? v
          if wantMax ? try interp.lessThan(bestKey, k) : try interp.lessThan(k, bestKey) {
            best = v
            bestKey = k
          }
        }
        return best
      }
    }
    interp.defineBuiltin("any") { interp, args in
      guard let src = args.positional.first else { throw interp.typeError("any() takes exactly one argument (0 given)") }
      let it = try interp.getIterator(src)
      while let v = try interp.next(it) { if try interp.truthy(v) { return .bool(true) } }
      return .bool(false)
    }
    interp.defineBuiltin("all") { interp, args in
      guard let src = args.positional.first else { throw interp.typeError("all() takes exactly one argument (0 given)") }
      let it = try interp.getIterator(src)
      while let v = try interp.next(it) { if !(try interp.truthy(v)) { return .bool(false) } }
      return .bool(true)
    }
    interp.defineBuiltin("iter") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("iter expected at least 1 argument, got 0") }
      if let sentinel = args.positional[safe: 1] {
        return interp.nativeIterator {
          let x = try interp.call(v, [])
          return try interp.equal(x, sentinel) ? nil : x
        }
      }
      return try interp.getIterator(v)
    }
    interp.defineBuiltin("next") { interp, args in
      guard let it = args.positional.first else { throw interp.typeError("next expected at least 1 argument, got 0") }
      if case .object(let o) = it, !(o is PyNativeIterator), !(o is PyGenerator), o.type.lookup("__next__") == nil {
        throw interp.typeError("'\(o.type.name)' object is not an iterator")
      }
      if case .object(let o) = it, o is PyGenerator || o is PyNativeIterator {
        if let v = try interp.next(it) { return v }
        if let d = args.positional[safe: 1] { return d }
        let stop = interp.makeException(interp.types.stopIteration, nil)
        if let g = o as? PyGenerator, !g.channel.returnValue.isNone { stop.exception?.args = [g.channel.returnValue] }
        throw PyError(stop)
      }
      guard let f = interp.typeOf(it).lookup("__next__") else { throw interp.typeError("'\(interp.typeName(it))' object is not an iterator") }
      if let d = args.positional[safe: 1] {
        do {
          return try interp.call(f, [it])
        } catch let e as PyError where e.exception.type.isSubtype(of: interp.types.stopIteration) {
          return d
        }
      }
      return try interp.call(f, [it])
    }
  }
}
