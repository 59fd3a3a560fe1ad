extension Builtins {
  static func installSequenceMethods(_ interp: Interpreter) {
    let t = interp.types
    func list(_ interp: Interpreter, _ args: CallArguments) throws -> PyList {
      guard case .object(let o) = try args.receiver(interp), let l = o as? PyList else { throw interp.typeError("descriptor requires a 'list' object") }
      return l
    }
    t.list.constructor = { interp, cls, args in
      let a = try args.bind(interp, "list", ["iterable"], positionalOnly: true)
      let items = try a[0].map { try interp.iterate($0) } ?? []
      return .object(PyList(type: cls, items: items))
    }
    interp.defineMethod(t.list, "__init__") { interp, args in
      let l = try list(interp, args)
      if let src = args.positional[safe: 1] { l.items = try interp.iterate(src) }
      return .none
    }
    interp.defineMethod(t.list, "append") { interp, args in
      let l = try list(interp, args)
      guard args.count == 2 else { throw interp.typeError("list.append() takes exactly one argument (\(args.count - 1) given)") }
      l.items.append(args.positional[1])
      if l.items.count & 0xFFFFF == 0 { try interp.reserveMemory(l.items.count * 16) }
      return .none
    }
    interp.defineMethod(t.list, "extend") { interp, args in
      let l = try list(interp, args)
      guard let src = args.positional[safe: 1] else { throw interp.typeError("list.extend() takes exactly one argument (0 given)") }
      l.items.append(contentsOf: try interp.iterate(src))
      return .none
    }
    interp.defineMethod(t.list, "insert") { interp, args in
      let l = try list(interp, args)
      guard args.count == 3, let i = try interp.indexValue(args.positional[1]) else { throw interp.typeError("insert expected 2 arguments") }
      let n = l.items.count
      let j = i < 0 ? max(0, i + n) : min(i, n)
      l.items.insert(args.positional[2], at: j)
      return .none
    }
    interp.defineMethod(t.list, "remove") { interp, args in
      let l = try list(interp, args)
      guard let x = args.positional[safe: 1] else { throw interp.typeError("list.remove() takes exactly one argument (0 given)") }
      for (i, item) in l.items.enumerated() where try interp.equal(item, x) {
        l.items.remove(at: i)
        return .none
      }
      throw interp.valueError("list.remove(x): x not in list")
    }
    interp.defineMethod(t.list, "pop") { interp, args in
      let l = try list(interp, args)
      if l.items.isEmpty { throw interp.indexError("pop from empty list") }
      let i = try args.positional[safe: 1].flatMap { try interp.indexValue($0) } ?? -1
      return l.items.remove(at: try interp.normalizeIndex(i, count: l.items.count, what: "pop"))
    }
    interp.defineMethod(t.list, "clear") { interp, args in
      try list(interp, args).items.removeAll()
      return .none
    }
    interp.defineMethod(t.list, "copy") { interp, args in interp.list(try list(interp, args).items) }
    interp.defineMethod(t.list, "reverse") { interp, args in
      try list(interp, args).items.reverse()
      return .none
    }
    interp.defineMethod(t.list, "count") { interp, args in
      let l = try list(interp, args)
      guard let x = args.positional[safe: 1] else { throw interp.typeError("count() takes exactly one argument") }
      var n = 0
      for item in l.items where try interp.equal(item, x) { n += 1 }
      return .int(n)
    }
    interp.defineMethod(t.list, "index") { interp, args in
      let l = try list(interp, args)
      guard let x = args.positional[safe: 1] else { throw interp.typeError("index expected at least 1 argument, got 0") }
      let (lo, hi) = try interp.substringBounds(args.dropReceiver.shiftedForIndex, count: l.items.count)
      if lo < hi {
        for i in lo..<hi where try interp.equal(l.items[i], x) { return .int(i) }
      }
      throw interp.valueError("\(try interp.repr(x)) is not in list")
    }
    interp.defineMethod(t.list, "sort") { interp, args in
      let l = try list(interp, args)
      let a = try CallArguments([], keywords: args.keywords).bind(interp, "sort", ["key", "reverse"])
      if args.count > 1 { throw interp.typeError("sort() takes no positional arguments") }
      let reverse = try a[1].map { try interp.truthy($0) } ?? false
      let items = l.items
      l.items = []
      defer { if l.items.isEmpty { l.items = items } }
      let sorted = try interp.sortValues(items, key: a[0].flatMap { $0.isNone ? nil : $0 }, reverse: reverse)
      l.items = sorted
      return .none
    }
    interp.defineMethod(t.list, "__len__") { interp, args in .int(try list(interp, args).items.count) }
    interp.defineMethod(t.list, "__getitem__") { interp, args in try interp.getItem(try args.receiver(interp), args.positional[safe: 1] ?? .none) }
    interp.defineMethod(t.list, "__setitem__") { interp, args in
      guard args.count == 3 else { throw interp.typeError("expected 2 arguments") }
      try interp.setItem(args.positional[0], args.positional[1], args.positional[2])
      return .none
    }
    interp.defineMethod(t.list, "__contains__") { interp, args in .bool(try interp.contains(try args.receiver(interp), args.positional[safe: 1] ?? .none)) }
    interp.defineMethod(t.list, "__iter__") { interp, args in try interp.getIterator(try args.receiver(interp)) }

    // tuple
    t.tuple.constructor = { interp, cls, args in
      let a = try args.bind(interp, "tuple", ["iterable"], positionalOnly: true)
      return .object(PyTuple(type: cls, items: try a[0].map { try interp.iterate($0) } ?? []))
    }
    interp.defineMethod(t.tuple, "count") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let tup = o as? PyTuple, let x = args.positional[safe: 1] else { throw interp.typeError("count() takes exactly one argument") }
      var n = 0
      for item in tup.items where try interp.equal(item, x) { n += 1 }
      return .int(n)
    }
    interp.defineMethod(t.tuple, "index") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let tup = o as? PyTuple, let x = args.positional[safe: 1] else { throw interp.typeError("index() takes at least 1 argument") }
      for (i, item) in tup.items.enumerated() where try interp.equal(item, x) { return .int(i) }
      throw interp.valueError("tuple.index(x): x not in tuple")
    }
    interp.defineMethod(t.tuple, "__len__") { interp, args in .int(try interp.length(try args.receiver(interp))) }
    interp.defineMethod(t.tuple, "__getitem__") { interp, args in try interp.getItem(try args.receiver(interp), args.positional[safe: 1] ?? .none) }
    interp.defineMethod(t.tuple, "__iter__") { interp, args in try interp.getIterator(try args.receiver(interp)) }
    interp.defineMethod(t.tuple, "__contains__") { interp, args in .bool(try interp.contains(try args.receiver(interp), args.positional[safe: 1] ?? .none)) }

    // range
    t.range.constructor = { interp, _, args in
      if !args.keywords.isEmpty { throw interp.typeError("range() takes no keyword arguments") }
      func int(_ v: Value) throws -> Int {
        guard let i = try interp.indexValue(v) else { throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer") }
        return i
      }
      switch args.count {
      case 1: return .object(PyRange(type: interp.types.range, start: 0, stop: try int(args.positional[0]), step: 1))
      case 2: return .object(PyRange(type: interp.types.range, start: try int(args.positional[0]), stop: try int(args.positional[1]), step: 1))
      case 3:
        let step = try int(args.positional[2])
        if step == 0 { throw interp.valueError("range() arg 3 must not be zero") }
        return .object(PyRange(type: interp.types.range, start: try int(args.positional[0]), stop: try int(args.positional[1]), step: step))
      case 0: throw interp.typeError("range expected at least 1 argument, got 0")
      default: throw interp.typeError("range expected at most 3 arguments, got \(args.count)")
      }
    }
    for (name, path) in [("start", \PyRange.start), ("stop", \PyRange.stop), ("step", \PyRange.step)] {
      interp.defineProperty(t.range, name, get: { _, v in
        guard case .object(let o) = v, let r = o as? PyRange else { return .none }
        return .int(r[keyPath: path])
      })
    }
    interp.defineMethod(t.range, "index") { interp, args in
      let r = try args.receiver(interp)
      guard case .object(let o) = r, let rg = o as? PyRange, let x = args.positional[safe: 1], let n = interp.smallInt(x), try interp.contains(r, x) else {
        throw interp.valueError("\(try interp.repr(args.positional[safe: 1] ?? .none)) is not in range")
      }
      return .int((n - rg.start) / rg.step)
    }
    interp.defineMethod(t.range, "count") { interp, args in
      .int(try interp.contains(try args.receiver(interp), args.positional[safe: 1] ?? .none) ? 1 : 0)
    }

    // slice
    t.slice.constructor = { interp, _, args in
      switch args.count {
      case 1: return .object(PySlice(type: interp.types.slice, start: .none, stop: args.positional[0], step: .none))
      case 2: return .object(PySlice(type: interp.types.slice, start: args.positional[0], stop: args.positional[1], step: .none))
      case 3: return .object(PySlice(type: interp.types.slice, start: args.positional[0], stop: args.positional[1], step: args.positional[2]))
      default: throw interp.typeError("slice expected at least 1 argument, got 0")
      }
    }
    for (name, path) in [("start", \PySlice.start), ("stop", \PySlice.stop), ("step", \PySlice.step)] {
      interp.defineProperty(t.slice, name, get: { _, v in
        guard case .object(let o) = v, let s = o as? PySlice else { return .none }
        return s[keyPath: path]
      })
    }
    interp.defineMethod(t.slice, "indices") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let s = o as? PySlice, let n = try args.positional[safe: 1].flatMap({ try interp.indexValue($0) }) else {
        throw interp.typeError("indices() takes exactly one argument")
      }
      let (a, b, c, _) = try interp.sliceIndices(s, count: n)
      return interp.tuple([.int(a), .int(b), .int(c)])
    }

    // bytes
    t.bytes.constructor = { interp, _, args in
      guard let x = args.positional.first else { return .object(PyBytes(type: interp.types.bytes, bytes: [])) }
      switch x {
      case .str(let s):
        guard args.count >= 2 || args.keyword("encoding") != nil else { throw interp.typeError("string argument without an encoding") }
        return .object(PyBytes(type: interp.types.bytes, bytes: Array(s.value.utf8)))
      case .int(let n):
        guard n >= 0 else { throw interp.valueError("negative count") }
        try interp.reserveMemory(n)
        return .object(PyBytes(type: interp.types.bytes, bytes: [UInt8](repeating: 0, count: n)))
      default:
        var out: [UInt8] = []
        for v in try interp.iterate(x) {
          guard let i = interp.smallInt(v), (0...255).contains(i) else { throw interp.valueError("bytes must be in range(0, 256)") }
          out.append(UInt8(i))
        }
        return .object(PyBytes(type: interp.types.bytes, bytes: out))
      }
    }
    interp.defineMethod(t.bytes, "decode") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let b = o as? PyBytes else { throw interp.typeError("decode needs bytes") }
      guard let s = String(validating: b.bytes, as: UTF8.self) else {
        throw interp.error(interp.types.unicodeDecodeError, "'utf-8' codec can't decode bytes: invalid start byte")
      }
      return .string(s)
    }
  }
}

extension CallArguments {
  /// For list.index: the value argument moves out so start/end line up with substringBounds.
  var shiftedForIndex: CallArguments { self }
}

extension Interpreter {
  /// A stable sort with Python's `key` and `reverse` semantics (reverse keeps equal items in order).
  public func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
    let keys = try key.map { k in try items.map { try call(k, [$0]) } } ?? items
    var idx = Array(0..<items.count)
    try mergeSort(&idx) { a, b in
      reverse ? try lessThan(keys[b], keys[a]) : try lessThan(keys[a], keys[b])
    }
    return idx.map { items[$0] }
  }

  private func mergeSort(_ a: inout [Int], by less: (Int, Int) throws -> Bool) throws {
    if a.count < 2 { return }
    var src = a
    var dst = a
    var width = 1
    let n = a.count
    while width < n {
      var i = 0
      while i < n {
        let mid = min(i + width, n), hi = min(i + 2 * width, n)
        var l = i, r = mid, k = i
        while l < mid && r < hi {
          if try less(src[r], src[l]) {
            dst[k] = src[r]
            r += 1
          } else {
            dst[k] = src[l]
            l += 1
          }
          k += 1
        }
        while l < mid { dst[k] = src[l]; l += 1; k += 1 }
        while r < hi { dst[k] = src[r]; r += 1; k += 1 }
        i += 2 * width
      }
      swap(&src, &dst)
      width *= 2
    }
    a = src
  }
}
