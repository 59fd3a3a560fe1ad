/// Iteration, `len`, subscripting and slicing for builtin containers, falling back to dunders.
extension Interpreter {
  /// `iter(v)`: a native iterator for builtin containers, `__iter__` otherwise.
  public func getIterator(_ v: Value) throws -> Value {
    switch v {
    case .str(let s):
      let scalars = s.scalars
      var i = 0
      return nativeIterator(type: s.value.utf8.count == scalars.count ? types.strAsciiIterator : types.strIterator) {
        guard i < scalars.count else { return nil }
        defer { i += 1 }
        return .string(String(Character(scalars[i])))
      }
    case .object(let o):
      if o is PyNativeIterator { return v }
      if let l = o as? PyList {
        var i = 0
        return nativeIterator(type: types.listIterator) {
          guard i < l.items.count else { return nil }
          defer { i += 1 }
          return l.items[i]
        }
      }
      if let t = o as? PyTuple {
        var i = 0
        let items = t.items
        return nativeIterator(type: types.tupleIterator) {
          guard i < items.count else { return nil }
          defer { i += 1 }
          return items[i]
        }
      }
      if let r = o as? PyRange {
        var cur = r.start
        let stop = r.stop, step = r.step
        return nativeIterator(type: types.rangeIterator) {
          if step > 0 ? cur >= stop : cur <= stop { return nil }
          defer { cur &+= step }
          return .int(cur)
        }
      }
      if let d = o as? PyDict, o.type.lookup("__iter__") == nil || o.type === types.dict {
        return storageIterator(d, keys: { d.storage })
      }
      if let s = o as? PySet {
        let keys = s.storage.cpythonSetOrder
        let initialCount = s.storage.count
        var i = 0
        return nativeIterator(type: types.setIterator) { [unowned self] in
          if s.storage.count != initialCount { throw self.runtimeError("Set changed size during iteration") }
          guard i < keys.count else { return nil }
          defer { i += 1 }
          return keys[i].value
        }
      }
      if let s = o as? PyFrozenSet {
        let keys = s.storage.cpythonSetOrder
        var i = 0
        return nativeIterator(type: types.setIterator) {
          guard i < keys.count else { return nil }
          defer { i += 1 }
          return keys[i].value
        }
      }
      if let b = o as? PyBytes {
        var i = 0
        return nativeIterator(type: types.bytesIterator) {
          guard i < b.bytes.count else { return nil }
          defer { i += 1 }
          return .int(Int(b.bytes[i]))
        }
      }
      if let f = o.type.lookup("__iter__") {
        let it = try call(f, [v])
        let t = typeOf(it)
        if !(it.asObject is PyNativeIterator) && t.lookup("__next__") == nil {
          throw typeError("iter() returned non-iterator of type '\(t.name)'")
        }
        return it
      }
      if o.type.lookup("__getitem__") != nil {
        var i = 0
        return nativeIterator { [unowned self] in
          do {
            let item = try self.getItem(v, .int(i))
            i += 1
            return item
          } catch let e as PyError where e.exception.type.isSubtype(of: self.types.indexError) || e.exception.type.isSubtype(of: self.types.stopIteration) {
            return nil
          }
        }
      }
      throw typeError("'\(o.type.name)' object is not iterable")
    default:
      throw typeError("'\(typeName(v))' object is not iterable")
    }
  }

  private func storageIterator(_ owner: PyObject, keys: @escaping () -> OrderedStorage) -> Value {
    var i = 0
    let initialCount = keys().count
    return nativeIterator(type: owner is PyDict ? types.dictKeyIterator : types.setIterator) { [unowned self] in
      let storage = keys()
      if storage.count != initialCount {
        throw self.runtimeError("\(owner is PyDict ? "dictionary" : "Set") changed size during iteration")
      }
      let all = storage.keys
      while i < all.count {
        defer { i += 1 }
        if let k = all[i] { return k.value }
      }
      return nil
    }
  }

  /// Wraps a Swift closure as a Python iterator.
  public func nativeIterator(_ next: @escaping () throws -> Value?) -> Value {
    .object(PyNativeIterator(type: types.iterator, next: next))
  }

  /// Wraps a Swift closure as a Python iterator of a named iterator class.
  public func nativeIterator(type: PyType, _ next: @escaping () throws -> Value?) -> Value {
    .object(PyNativeIterator(type: type, next: next))
  }

  /// `next(it)`: the next value, or nil when exhausted (StopIteration is absorbed).
  @inline(__always) public func next(_ it: Value) throws -> Value? {
    if case .object(let o) = it, let n = o as? PyNativeIterator { return try n.next() }
    return try slowNext(it)
  }

  private func slowNext(_ it: Value) throws -> Value? {
    if case .object(let o) = it, let g = o as? PyGenerator { return try g.resume(self, send: .none) }
    guard let f = typeOf(it).lookup("__next__") else {
      throw typeError("'\(typeName(it))' object is not an iterator")
    }
    do {
      return try call(f, [it])
    } catch let e as PyError where e.exception.type.isSubtype(of: types.stopIteration) {
      return nil
    }
  }

  /// All values of an iterable, as an array.
  public func iterate(_ v: Value) throws -> [Value] {
    if case .object(let o) = v {
      if let l = o as? PyList { return l.items }
      if let t = o as? PyTuple { return t.items }
    }
    let it = try getIterator(v)
    var out: [Value] = []
    while let x = try next(it) {
      out.append(x)
      if out.count & 0xFFFF == 0 {
        try reserveMemory(out.count * 16)
        try checkInterrupt()
      }
    }
    return out
  }

  /// `len(v)`.
  public func length(_ v: Value) throws -> Int {
    switch v {
    case .str(let s): return s.count
    case .object(let o):
      if let l = o as? PyList { return l.items.count }
      if let t = o as? PyTuple { return t.items.count }
      if let d = o as? PyDict, o.type === types.dict || o.type.lookup("__len__") == nil { return d.storage.count }
      if let s = o as? PySet { return s.storage.count }
      if let s = o as? PyFrozenSet { return s.storage.count }
      if let r = o as? PyRange { return r.count }
      if let b = o as? PyBytes { return b.bytes.count }
      if let f = o.type.lookup("__len__") {
        let r = try call(f, [v])
        guard let n = smallInt(r) else { throw typeError("'\(typeName(r))' object cannot be interpreted as an integer") }
        if n < 0 { throw valueError("__len__() should return >= 0") }
        return n
      }
      throw typeError("object of type '\(o.type.name)' has no len()")
    default:
      throw typeError("object of type '\(typeName(v))' has no len()")
    }
  }

  /// Normalises a Python index against a length, raising IndexError with `what`'s message.
  @inline(__always) public func normalizeIndex(_ i: Int, count: Int, what: String) throws -> Int {
    let j = i < 0 ? i + count : i
    guard j >= 0 && j < count else { throw indexError("\(what) index out of range") }
    return j
  }

  /// An int usable as an index: int, bool, or an object with `__index__`.
  public func indexValue(_ v: Value) throws -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? PyBigInt { return Int(clamping: b.value) }
      if let f = o.type.lookup("__index__") {
        let r = try call(f, [v])
        return smallInt(r)
      }
      return nil
    default: return nil
    }
  }

  /// Resolves a slice against a length: (start, stop, step, count), as `slice.indices` does.
  public func sliceIndices(_ s: PySlice, count: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
    func part(_ v: Value) throws -> Int? {
      if v.isNone { return nil }
      guard let i = try indexValue(v) else {
        throw typeError("slice indices must be integers or None or have an __index__ method")
      }
      return i
    }
    let step = try part(s.step) ?? 1
    if step == 0 { throw valueError("slice step cannot be zero") }
    var start: Int, stop: Int
    if step > 0 {
      start = try part(s.start).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? 0
      stop = try part(s.stop).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? count
      let n = start < stop ? (stop - start - 1) / step + 1 : 0
      return (start, stop, step, n)
    } else {
      start = try part(s.start).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? (count - 1)
      stop = try part(s.stop).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? -1
      let n = start > stop ? (start - stop - 1) / (-step) + 1 : 0
      return (start, stop, step, n)
    }
  }

  private func sliceItems<T>(_ items: [T], _ s: PySlice) throws -> [T] {
    let (start, _, step, n) = try sliceIndices(s, count: items.count)
    if step == 1 { return Array(items[start..<(start + n)]) }
    var out: [T] = []
    out.reserveCapacity(n)
    var i = start
    for _ in 0..<n {
      out.append(items[i])
      i += step
    }
    return out
  }

  /// `container[index]`.
  public func getItem(_ container: Value, _ index: Value) throws -> Value {
    switch container {
    case .str(let s):
      if let i = try indexValue(index) {
        let sc = s.scalars
        let j = try normalizeIndex(i, count: sc.count, what: "string")
        return .string(String(Character(sc[j])))
      }
      if case .object(let so) = index, let sl = so as? PySlice {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: try sliceItems(s.scalars, sl))
        return .string(String(text))
      }
      throw typeError("string indices must be integers, not '\(typeName(index))'")
    case .type(let t):
      if let f = t.lookup("__class_getitem__") { return try call(f, [.type(t), index]) }
      // Typing-style `list[int]`: returned as the class itself.
      return container
    case .object(let o):
      if let l = o as? PyList {
        if case .int(let i) = index { return l.items[try normalizeIndex(i, count: l.items.count, what: "list")] }
        if case .object(let so) = index, let sl = so as? PySlice { return .object(PyList(type: types.list, items: try sliceItems(l.items, sl))) }
        if let i = try indexValue(index) { return l.items[try normalizeIndex(i, count: l.items.count, what: "list")] }
        throw typeError("list indices must be integers or slices, not \(typeName(index))")
      }
      if let t = o as? PyTuple {
        if case .int(let i) = index { return t.items[try normalizeIndex(i, count: t.items.count, what: "tuple")] }
        if case .object(let so) = index, let sl = so as? PySlice { return .object(PyTuple(type: types.tuple, items: try sliceItems(t.items, sl))) }
        if let i = try indexValue(index) { return t.items[try normalizeIndex(i, count: t.items.count, what: "tuple")] }
        throw typeError("tuple indices must be integers or slices, not \(typeName(index))")
      }
      if let d = o as? PyDict, o.type === types.dict || o.type.lookup("__getitem__") == nil {
        if let v = try dictGet(d, index) { return v }
        if let factory = d.defaultFactory, !factory.isNone {
          let v = try call(factory, [])
          try dictSet(d, index, v)
          return v
        }
        if let missing = o.type.lookup("__missing__") { return try call(missing, [container, index]) }
        throw keyError(index)
      }
      if let r = o as? PyRange {
        if let i = try indexValue(index) {
          let j = try normalizeIndex(i, count: r.count, what: "range object")
          return .int(r.start + j * r.step)
        }
        if case .object(let so) = index, let sl = so as? PySlice {
          let (start, stop, step, _) = try sliceIndices(sl, count: r.count)
          return .object(PyRange(type: types.range, start: r.start + start * r.step, stop: r.start + stop * r.step, step: r.step * step))
        }
        throw typeError("range indices must be integers or slices, not \(typeName(index))")
      }
      if let b = o as? PyBytes {
        if let i = try indexValue(index) { return .int(Int(b.bytes[try normalizeIndex(i, count: b.bytes.count, what: "index")])) }
        if case .object(let so) = index, let sl = so as? PySlice { return .object(PyBytes(type: types.bytes, bytes: try sliceItems(b.bytes, sl))) }
      }
      if let f = o.type.lookup("__getitem__") { return try call(f, [container, index]) }
      throw typeError("'\(o.type.name)' object is not subscriptable")
    default:
      throw typeError("'\(typeName(container))' object is not subscriptable")
    }
  }

  /// `container[index] = value`.
  public func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
    if case .object(let o) = container {
      if let l = o as? PyList {
        if let i = try indexValue(index) {
          l.items[try normalizeIndex(i, count: l.items.count, what: "list assignment")] = value
          return
        }
        if case .object(let so) = index, let sl = so as? PySlice {
          let newItems = try iterate(value)
          let (start, stop, step, n) = try sliceIndices(sl, count: l.items.count)
          if step == 1 {
            l.items.replaceSubrange(start..<max(start, stop), with: newItems)
          } else {
            guard newItems.count == n else {
              throw valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(n)")
            }
            var i = start
            for item in newItems {
              l.items[i] = item
              i += step
            }
          }
          return
        }
        throw typeError("list indices must be integers or slices, not \(typeName(index))")
      }
      if let d = o as? PyDict, o.type === types.dict || o.type.lookup("__setitem__") == nil {
        try dictSet(d, index, value)
        return
      }
      if let f = o.type.lookup("__setitem__") {
        _ = try call(f, [container, index, value])
        return
      }
    }
    if case .str = container { throw typeError("'str' object does not support item assignment") }
    throw typeError("'\(typeName(container))' object does not support item assignment")
  }

  /// `del container[index]`.
  public func deleteItem(_ container: Value, _ index: Value) throws {
    if case .object(let o) = container {
      if let l = o as? PyList {
        if let i = try indexValue(index) {
          l.items.remove(at: try normalizeIndex(i, count: l.items.count, what: "list assignment"))
          return
        }
        if case .object(let so) = index, let sl = so as? PySlice {
          let (start, _, step, n) = try sliceIndices(sl, count: l.items.count)
          var drop = Set<Int>()
          var i = start
          for _ in 0..<n {
            drop.insert(i)
            i += step
          }
          l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
          return
        }
      }
      if let d = o as? PyDict, o.type === types.dict || o.type.lookup("__delitem__") == nil {
        if d.storage.remove(try key(index)) == nil { throw keyError(index) }
        return
      }
      if let f = o.type.lookup("__delitem__") {
        _ = try call(f, [container, index])
        return
      }
    }
    throw typeError("'\(typeName(container))' object does not support item deletion")
  }

  /// `d.get(k)` without defaults: the value or nil.
  public func dictGet(_ d: PyDict, _ k: Value) throws -> Value? {
    d.storage.find(try key(k))
  }

  /// `d[k] = v`.
  public func dictSet(_ d: PyDict, _ k: Value, _ v: Value) throws {
    d.storage.set(try key(k), v)
  }

  /// A new list.
  public func list(_ items: [Value]) -> Value { .object(PyList(type: types.list, items: items)) }
  /// A new tuple.
  public func tuple(_ items: [Value]) -> Value { .object(PyTuple(type: types.tuple, items: items)) }
  /// A new dict with string keys.
  public func dict(_ pairs: [(String, Value)]) throws -> Value {
    let d = PyDict(type: types.dict)
    for (k, v) in pairs { try dictSet(d, .string(k), v) }
    return .object(d)
  }
}
