/// Rich comparisons, equality, hashing and membership with Python's rules.
extension Interpreter {
  static let compareDunders: [CompareOperator: (String, String)] = [
    .eq: ("__eq__", "__eq__"), .notEq: ("__ne__", "__ne__"), .lt: ("__lt__", "__gt__"),
    .ltE: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"), .gtE: ("__ge__", "__le__"),
  ]

  /// `a op b` for a comparison operator; the result may be a non-bool (e.g. a tensor).
  public func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
    switch op {
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    default: break
    }
    // Fast paths on numbers and strings.
    switch (a, b) {
    case (.int(let x), .int(let y)): return .bool(compareOrdered(op, x, y))
    case (.float(let x), .float(let y)): return .bool(compareOrdered(op, x, y))
    case (.int(let x), .float(let y)): return .bool(compareIntFloat(op, x, y))
    case (.float(let x), .int(let y)): return .bool(compareIntFloat(op.swapped, y, x))
    case (.str(let x), .str(let y)):
      if op == .eq { return .bool(x.isEqual(y)) }
      if op == .notEq { return .bool(!(x.isEqual(y))) }
      // UTF-8 byte order is code point order.
      let c = x.isEqual(y) ? 0 : (x.value.utf8.lexicographicallyPrecedes(y.value.utf8) ? -1 : 1)
      return .bool(compareOrdered(op, c, 0))
    default: break
    }
    if isIntLike(a) && isIntLike(b), let x = bigInt(a), let y = bigInt(b) {
      return .bool(compareOrdered(op, x, y))
    }
    if isNumber(a) && isNumber(b), let x = floatValue(a), let y = floatValue(b) {
      return .bool(compareOrdered(op, x, y))
    }
    return try richCompare(op, a, b)
  }

  func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .bool, .float: return true
    case .object(let o): return o is PyBigInt
    default: return false
    }
  }

  private func compareIntFloat(_ op: CompareOperator, _ x: Int, _ y: Double) -> Bool {
    if y.isNaN { return op == .notEq }
    if let yi = Int(exactly: y) { return compareOrdered(op, x, yi) }
    if abs(y) >= 9.3e18 { return compareOrdered(op, 0.0, y) == true ? compareOrdered(op, Double(0), y) : compareOrdered(op, Double(x), y) }
    return compareOrdered(op, Double(x), y)
  }

  func compareOrdered<T: Comparable>(_ op: CompareOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .eq: return x == y
    case .notEq: return x != y
    case .lt: return x < y
    case .ltE: return x <= y
    case .gt: return x > y
    case .gtE: return x >= y
    default: return false
    }
  }

  private func richCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
    try enterRecursion(" in comparison")
    defer { depth -= 1 }
    // Sequences compare element-wise.
    if case .object(let oa) = a, case .object(let ob) = b {
      if let x = oa as? PyList, let y = ob as? PyList, oa.type.lookup(Self.compareDunders[op]?.0 ?? "") == nil || oa.type === types.list {
        return .bool(try compareSequences(op, x.items, y.items))
      }
      if let x = oa as? PyTuple, let y = ob as? PyTuple, oa.type === types.tuple || oa.type.lookup(Self.compareDunders[op]?.0 ?? "") == nil {
        return .bool(try compareSequences(op, x.items, y.items))
      }
      if op == .eq || op == .notEq {
        if let x = oa as? PyDict, let y = ob as? PyDict {
          let eq = try dictsEqual(x, y)
          return .bool(op == .eq ? eq : !eq)
        }
        if let x = setStorage(oa), let y = setStorage(ob) {
          let eq = x.keysEqual(y)
          return .bool(op == .eq ? eq : !eq)
        }
        if let x = oa as? PyRange, let y = ob as? PyRange {
          let eq = (x.count == 0 && y.count == 0) || (x.start == y.start && x.count == y.count && (x.count == 1 || x.step == y.step))
          return .bool(op == .eq ? eq : !eq)
        }
      } else if let x = setStorage(oa), let y = setStorage(ob) {
        switch op {
        case .ltE: return .bool(x.liveKeys.allSatisfy { y.contains($0) })
        case .lt: return .bool(x.count < y.count && x.liveKeys.allSatisfy { y.contains($0) })
        case .gtE: return .bool(y.liveKeys.allSatisfy { x.contains($0) })
        case .gt: return .bool(y.count < x.count && y.liveKeys.allSatisfy { x.contains($0) })
        default: break
        }
      }
    }
    guard let (name, reflected) = Self.compareDunders[op] else { return .bool(false) }
    let ta = typeOf(a)
    let tb = typeOf(b)
    var triedReflected = false
    if tb !== ta && tb.isSubtype(of: ta), let rf = tb.lookup(reflected), !isObjectDefault(rf) {
      triedReflected = true
      let r = try call(rf, [b, a])
      if !isNotImplemented(r) { return r }
    }
    if let f = ta.lookup(name), !isObjectDefault(f) {
      let r = try call(f, [a, b])
      if !isNotImplemented(r) { return r }
    }
    if !triedReflected, let rf = tb.lookup(reflected), !isObjectDefault(rf) {
      let r = try call(rf, [b, a])
      if !isNotImplemented(r) { return r }
    }
    switch op {
    case .eq: return .bool(a.isIdentical(to: b) || ValueEquality.builtinEqual(a, b))
    case .notEq:
      if let f = ta.lookup("__eq__"), !isObjectDefault(f) {
        let r = try call(f, [a, b])
        if !isNotImplemented(r) { return .bool(!(try truthy(r))) }
      }
      return .bool(!(a.isIdentical(to: b) || ValueEquality.builtinEqual(a, b)))
    default:
      throw typeError("'\(op.rawValue)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
    }
  }

  private func isObjectDefault(_ v: Value) -> Bool {
    if case .object(let o) = v, let b = o as? PyBuiltinFunction, b.name.hasPrefix("object.") { return true }
    return false
  }

  func setStorage(_ o: PyObject) -> OrderedStorage? {
    if let s = o as? PySet { return s.storage }
    if let s = o as? PyFrozenSet { return s.storage }
    return nil
  }

  private func compareSequences(_ op: CompareOperator, _ x: [Value], _ y: [Value]) throws -> Bool {
    let n = min(x.count, y.count)
    for i in 0..<n {
      if !(try equal(x[i], y[i])) {
        if op == .eq { return false }
        if op == .notEq { return true }
        return try truthy(try compare(op, x[i], y[i]))
      }
    }
    return compareOrdered(op, x.count, y.count)
  }

  private func dictsEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
    guard x.storage.count == y.storage.count else { return false }
    for (k, v) in x.storage.entries {
      guard let other = try dictGet(y, k) else { return false }
      if !(try equal(v, other)) { return false }
    }
    return true
  }

  /// `a == b` as a Swift Bool.
  public func equal(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.str(let x), .str(let y)): return x.isEqual(y)
    case (.none, .none): return true
    case (.object(let x), .object(let y)) where x === y: return true  // PyObject_RichCompareBool's identity shortcut
    default: return try truthy(try compare(.eq, a, b))
    }
  }

  /// `a < b` as a Swift Bool (used by sorting, min and max).
  public func lessThan(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    default: return try truthy(try compare(.lt, a, b))
    }
  }

  /// Python's `hash(v)`; raises TypeError for unhashable values.
  public func hash(_ v: Value) throws -> Int {
    switch v {
    case .none: return 0x5f5e100
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Self.hashInt(i)
    case .float(let d): return Self.hashFloat(d)
    case .str(let s): return s.pyHash
    case .type(let t): return ObjectIdentifier(t).hashValue
    case .object(let o):
      if let b = o as? PyBigInt {
        let m = BigIntValue(2).power(61) - 1
        var r = b.value.magnitude % m.magnitude
        if b.value.signum() < 0 { r = (m.magnitude - r) % m.magnitude }
        var h = Int(r)
        if b.value.signum() < 0 { h = -Int(BigIntValue(r)) }
        return h == -1 ? -2 : h
      }
      if let t = o as? PyTuple {
        var acc: UInt64 = 2870177450012600261
        for item in t.items {
          let lane = UInt64(bitPattern: Int64(try hash(item)))
          acc = acc &+ lane &* 14029467366897019727
          acc = (acc << 31) | (acc >> 33)
          acc = acc &* 11400714785074694791
        }
        acc = acc &+ (UInt64(t.items.count) ^ (2870177450012600261 ^ 3527539))
        let h = Int(bitPattern: UInt(acc))
        return h == -1 ? 1546275796 : h
      }
      if let fs = o as? PyFrozenSet {
        var h = 0
        for k in fs.storage.liveKeys { h ^= k.hash &* 1_000_003 }
        return h
      }
      if o is PyList || o is PyDict || o is PySet {
        throw typeError("unhashable type: '\(o.type.name)'")
      }
      if let f = o.type.lookup("__hash__") {
        if case .none = f { throw typeError("unhashable type: '\(o.type.name)'") }
        if case .object(let fo) = f, fo is PyFunction || (fo as? PyBuiltinFunction)?.name != "object.__hash__" {
          let r = try call(f, [v])
          guard let i = smallInt(r) else {
            if let b = bigInt(r) { return Int(truncatingIfNeeded: b) }
            throw typeError("__hash__ method should return an integer")
          }
          return i == -1 ? -2 : i
        }
      }
      if o.type.lookup("__eq__").map({ !isObjectDefault($0) }) ?? false, o.type.dict["__hash__"] == nil, o is PyInstance {
        throw typeError("unhashable type: '\(o.type.name)'")
      }
      return ObjectIdentifier(o).hashValue >> 4
    }
  }

  /// CPython's hash for ints (modulo 2**61 - 1, -1 maps to -2).
  static func hashInt(_ i: Int) -> Int {
    let m = (1 << 61) - 1
    var h = i.magnitude % UInt(m)
    if i < 0 { h = UInt(m) - h == UInt(m) ? 0 : h }
    var r = i < 0 ? -Int(h) : Int(h)
    if r == -1 { r = -2 }
    return r
  }

  /// CPython's hash for floats: integral floats hash like the equal int.
  static func hashFloat(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314159 : -314159 }
    if let i = Int(exactly: d) { return hashInt(i) }
    var h = UInt64(0)
    let bits = d.bitPattern
    h = bits ^ (bits >> 29)
    let r = Int(truncatingIfNeeded: h & ((1 << 61) - 1))
    return d < 0 ? (-r == -1 ? -2 : -r) : r
  }

  /// The dict key for a value (hash computed once).
  @inline(__always) public func key(_ v: Value) throws -> DictKey {
    DictKey(value: v, hash: try hash(v))
  }

  /// `needle in container`.
  public func contains(_ container: Value, _ needle: Value) throws -> Bool {
    switch container {
    case .str(let s):
      guard case .str(let n) = needle else {
        throw typeError("'in <string>' requires string as left operand, not \(typeName(needle))")
      }
      return n.value.isEmpty || s.value.contains(n.value)
    case .object(let o):
      if let d = o as? PyDict { return d.storage.contains(try key(needle)) }
      if let s = o as? PySet { return s.storage.contains(try key(needle)) }
      if let s = o as? PyFrozenSet { return s.storage.contains(try key(needle)) }
      if let l = o as? PyList {
        for item in l.items where try equal(item, needle) { return true }
        return false
      }
      if let t = o as? PyTuple {
        for item in t.items where try equal(item, needle) { return true }
        return false
      }
      if let r = o as? PyRange, let n = smallInt(needle) {
        guard r.count > 0 else { return false }
        if r.step > 0 { return n >= r.start && n < r.stop && (n - r.start) % r.step == 0 }
        return n <= r.start && n > r.stop && (r.start - n) % (-r.step) == 0
      }
      if let f = o.type.lookup("__contains__") { return try truthy(try call(f, [container, needle])) }
    default: break
    }
    if case .type = container { throw typeError("argument of type 'type' is not iterable") }
    let t = typeOf(container)
    if t.lookup("__iter__") == nil && t.lookup("__getitem__") == nil && !(container.asObject is PyNativeIterator) {
      throw typeError("argument of type '\(t.name)' is not iterable")
    }
    let it = try getIterator(container)
    while let item = try next(it) {
      if try equal(item, needle) { return true }
    }
    return false
  }

  func setOperator(_ op: BinaryOperator, _ a: PyObject, _ b: PyObject) throws -> Value? {
    guard let x = setStorage(a), let y = setStorage(b) else { return nil }
    var out = OrderedStorage()
    switch op {
    case .bitOr:
      out = x
      for k in y.liveKeys { out.set(k, .none) }
    case .bitAnd:
      for k in x.liveKeys where y.contains(k) { out.set(k, .none) }
    case .sub:
      for k in x.liveKeys where !y.contains(k) { out.set(k, .none) }
    case .bitXor:
      for k in x.liveKeys where !y.contains(k) { out.set(k, .none) }
      for k in y.liveKeys where !x.contains(k) { out.set(k, .none) }
    default: return nil
    }
    if a is PyFrozenSet {
      let r = PyFrozenSet(type: types.frozenset)
      r.storage = out
      return .object(r)
    }
    let r = PySet(type: types.set)
    r.storage = out
    return .object(r)
  }
}

extension CompareOperator {
  /// The operator with its operands swapped (`a < b` is `b > a`).
  var swapped: CompareOperator {
    switch self {
    case .lt: return .gt
    case .gt: return .lt
    case .ltE: return .gtE
    case .gtE: return .ltE
    default: return self
    }
  }
}
