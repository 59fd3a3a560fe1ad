/// Binary and unary operators, comparisons, truth values and membership, with Python's dispatch:
/// fast paths for builtin types, then `__op__` / `__rop__` dunders, then TypeError.
extension Interpreter {
  static let dunder: [BinaryOperator: (String, String, String)] = [
    .add: ("__add__", "__radd__", "__iadd__"), .sub: ("__sub__", "__rsub__", "__isub__"),
    .mult: ("__mul__", "__rmul__", "__imul__"), .matMult: ("__matmul__", "__rmatmul__", "__imatmul__"),
    .div: ("__truediv__", "__rtruediv__", "__itruediv__"), .floorDiv: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    .mod: ("__mod__", "__rmod__", "__imod__"), .pow: ("__pow__", "__rpow__", "__ipow__"),
    .lShift: ("__lshift__", "__rlshift__", "__ilshift__"), .rShift: ("__rshift__", "__rrshift__", "__irshift__"),
    .bitOr: ("__or__", "__ror__", "__ior__"), .bitXor: ("__xor__", "__rxor__", "__ixor__"), .bitAnd: ("__and__", "__rand__", "__iand__"),
  ]

  /// `a op b`.
  public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    // Fast paths.
    switch (a, b) {
    case (.int(let x), .int(let y)):
      switch op {
      case .add:
        let (r, o) = x.addingReportingOverflow(y)
        if !o { return .int(r) }
      case .sub:
        let (r, o) = x.subtractingReportingOverflow(y)
        if !o { return .int(r) }
      case .mult:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        if !o { return .int(r) }
      default: break
      }
      if let r = try intArithmetic(op, a, b) { return r }
    case (.float(let x), .float(let y)):
      if let r = try floatArithmetic(op, x, y) { return r }
    case (.float(let x), .int(let y)):
      if let r = try floatArithmetic(op, x, Double(y)) { return r }
    case (.int(let x), .float(let y)):
      if let r = try floatArithmetic(op, Double(x), y) { return r }
    case (.str(let x), .str(let y)) where op == .add:
      return .str(PyStr(x.value + y.value))
    case (.bool(let x), .bool(let y)) where op == .bitAnd || op == .bitOr || op == .bitXor:
      return .bool(op == .bitAnd ? x && y : (op == .bitOr ? x || y : x != y))
    case (.str(let s), _) where op == .mod:
      return .string(try percentFormat(s.value, b))
    default: break
    }
    if let r = try builtinBinary(op, a, b) { return r }
    return try dunderBinary(op, a, b)
  }

  /// `a op= b`: the in-place dunder if the type has one, otherwise `a op b`.
  public func inplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    if case .object(let o) = a {
      if let l = o as? PyList {
        if op == .add {
          l.items.append(contentsOf: try iterate(b))
          return a
        }
        if op == .mult, let n = smallInt(b) {
          let copy = l.items
          l.items = []
          for _ in 0..<max(0, n) { l.items.append(contentsOf: copy) }
          return a
        }
      }
      if let names = Self.dunder[op], let f = o.type.lookup(names.2) {
        let r = try call(f, [a, b])
        if !isNotImplemented(r) { return r }
      }
    }
    return try binary(op, a, b)
  }

  func isNotImplemented(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.type === types.notImplemented }
    return false
  }

  private func builtinBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    if isIntLike(a) && isIntLike(b) { return try intArithmetic(op, a, b) }
    if let x = floatValue(a), let y = floatValue(b), !(isIntLike(a) && isIntLike(b)) {
      if case .object(let oa) = a, !(oa is PyBigInt) { return nil }
      if case .object(let ob) = b, !(ob is PyBigInt) { return nil }
      return try floatArithmetic(op, x, y)
    }
    switch op {
    case .add:
      if case .object(let oa) = a, case .object(let ob) = b {
        if let x = oa as? PyList, let y = ob as? PyList, oa.type === types.list || true {
          try reserveMemory(x.items.count + y.items.count)
          return .object(PyList(type: types.list, items: x.items + y.items))
        }
        if let x = oa as? PyTuple, let y = ob as? PyTuple {
          return .object(PyTuple(type: types.tuple, items: x.items + y.items))
        }
        if let x = oa as? PyBytes, let y = ob as? PyBytes {
          return .object(PyBytes(type: types.bytes, bytes: x.bytes + y.bytes))
        }
      }
    case .mult:
      if let n = smallInt(b) { return try repeatSequence(a, n) }
      if let n = smallInt(a) { return try repeatSequence(b, n) }
    case .bitOr, .bitAnd, .bitXor, .sub:
      if case .object(let oa) = a, case .object(let ob) = b {
        if let x = oa as? PyDict, let y = ob as? PyDict, op == .bitOr {
          let d = PyDict(type: types.dict)
          d.storage = x.storage
          for (k, v) in y.storage.entries { try dictSet(d, k, v) }
          return .object(d)
        }
        if let r = try setOperator(op, oa, ob) { return r }
      }
    default: break
    }
    return nil
  }

  private func repeatSequence(_ seq: Value, _ n: Int) throws -> Value? {
    let count = max(0, n)
    switch seq {
    case .str(let s):
      try reserveMemory(s.value.utf8.count * count)
      return .string(String(repeating: s.value, count: count))
    case .object(let o):
      if let l = o as? PyList {
        try reserveMemory(l.items.count * count * 16)
        var items: [Value] = []
        items.reserveCapacity(l.items.count * count)
        for _ in 0..<count { items.append(contentsOf: l.items) }
        return .object(PyList(type: types.list, items: items))
      }
      if let t = o as? PyTuple {
        try reserveMemory(t.items.count * count * 16)
        var items: [Value] = []
        for _ in 0..<count { items.append(contentsOf: t.items) }
        return .object(PyTuple(type: types.tuple, items: items))
      }
      if let by = o as? PyBytes {
        try reserveMemory(by.bytes.count * count)
        var bytes: [UInt8] = []
        for _ in 0..<count { bytes.append(contentsOf: by.bytes) }
        return .object(PyBytes(type: types.bytes, bytes: bytes))
      }
      return nil
    default: return nil
    }
  }

  /// Raises MemoryError when an allocation of `bytes` would exceed the session's budget.
  public func reserveMemory(_ bytes: Int) throws {
    if bytes > memoryBudget || bytes < 0 { throw error(types.memoryError, nil) }
  }

  private func dunderBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    guard let names = Self.dunder[op] else { throw typeError("bad operator") }
    try enterRecursion("")
    defer { depth -= 1 }
    let ta = typeOf(a)
    let tb = typeOf(b)
    var triedReflected = false
    if tb !== ta && tb.isSubtype(of: ta), let rf = tb.lookup(names.1) {
      triedReflected = true
      let r = try call(rf, [b, a])
      if !isNotImplemented(r) { return r }
    }
    if let f = ta.lookup(names.0) {
      let r = try call(f, [a, b])
      if !isNotImplemented(r) { return r }
    }
    if !triedReflected, tb !== ta, let rf = tb.lookup(names.1) {
      let r = try call(rf, [b, a])
      if !isNotImplemented(r) { return r }
    }
    if op == .pow {
      throw typeError("unsupported operand type(s) for ** or pow(): '\(ta.name)' and '\(tb.name)'")
    }
    if op == .add, case .str = a {
      throw typeError("can only concatenate str (not \"\(tb.name)\") to str")
    }
    if op == .add, case .object(let oa) = a, oa is PyList {
      throw typeError("can only concatenate list (not \"\(tb.name)\") to list")
    }
    if op == .add, case .object(let oa) = a, oa is PyTuple {
      throw typeError("can only concatenate tuple (not \"\(tb.name)\") to tuple")
    }
    if op == .mult, (ta === types.str || ta === types.list || ta === types.tuple), !(tb === types.float) {
      throw typeError("can't multiply sequence by non-int of type '\(tb.name)'")
    }
    if op == .mult, (tb === types.str || tb === types.list || tb === types.tuple), !(ta === types.float) {
      throw typeError("can't multiply sequence by non-int of type '\(ta.name)'")
    }
    if op == .mult, ta === types.float || tb === types.float, ta === types.str || tb === types.str || ta === types.list || tb === types.list {
      throw typeError("can't multiply sequence by non-int of type 'float'")
    }
    throw typeError("unsupported operand type(s) for \(op.rawValue): '\(ta.name)' and '\(tb.name)'")
  }

  /// `-x`, `+x`, `~x`, `not x`.
  public func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
    switch (op, v) {
    case (.not, _): return .bool(!(try truthy(v)))
    case (.minus, .int(let i)):
      return i == Int.min ? intValue(-bigIntOrZero(v)) : .int(-i)
    case (.minus, .bool(let b)): return .int(b ? -1 : 0)
    case (.minus, .float(let d)): return .float(-d)
    case (.plus, .int), (.plus, .float): return v
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    default: break
    }
    if case .object(let o) = v, let big = o as? PyBigInt {
      switch op {
      case .minus: return intValue(-big.value)
      case .plus: return v
      case .invert: return intValue(-big.value - 1)
      case .not: break
      }
    }
    let name: String
    switch op {
    case .minus: name = "__neg__"
    case .plus: name = "__pos__"
    case .invert: name = "__invert__"
    case .not: name = "__bool__"
    }
    if let f = typeOf(v).lookup(name) { return try call(f, [v]) }
    throw typeError("bad operand type for unary \(op.rawValue): '\(typeName(v))'")
  }

  private func bigIntOrZero(_ v: Value) -> BigIntValue { bigInt(v) ?? 0 }

  /// Python truth value (`bool(v)`).
  public func truthy(_ v: Value) throws -> Bool {
    switch v {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .str(let s): return !s.value.isEmpty
    case .type: return true
    case .object(let o):
      if let l = o as? PyList { return !l.items.isEmpty }
      if let t = o as? PyTuple { return !t.items.isEmpty }
      if let d = o as? PyDict { return d.storage.count > 0 }
      if let s = o as? PySet { return s.storage.count > 0 }
      if let s = o as? PyFrozenSet { return s.storage.count > 0 }
      if o is PyBigInt { return true }
      if let r = o as? PyRange { return r.count > 0 }
      if let b = o as? PyBytes { return !b.bytes.isEmpty }
      if o is PyFunction || o is PyBuiltinFunction || o is PyModule { return true }
      if let f = o.type.lookup("__bool__") {
        let r = try call(f, [v])
        guard case .bool(let b) = r else { throw typeError("__bool__ should return bool, returned \(typeName(r))") }
        return b
      }
      if let f = o.type.lookup("__len__") {
        let r = try call(f, [v])
        guard let n = smallInt(r) else { throw typeError("'\(typeName(r))' object cannot be interpreted as an integer") }
        return n != 0
      }
      return true
    }
  }
}
