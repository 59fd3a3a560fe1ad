// Comparisons, logical ops, where and masked_fill.
extension Tensor {
  /// `self == other` element-wise (bool).
  public func eq(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.eq, self, other) }
  /// `self != other` element-wise (bool).
  public func ne(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.ne, self, other) }
  /// `self < other` element-wise (bool).
  public func lt(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.lt, self, other) }
  /// `self <= other` element-wise (bool).
  public func le(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.le, self, other) }
  /// `self > other` element-wise (bool).
  public func gt(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.gt, self, other) }
  /// `self >= other` element-wise (bool).
  public func ge(_ other: Tensor) throws -> Tensor { try Tensor.compareKernel(.ge, self, other) }
  /// `self == scalar`.
  public func eq(_ s: Scalar) throws -> Tensor { try eq(context.wrap(s)) }
  /// `self != scalar`.
  public func ne(_ s: Scalar) throws -> Tensor { try ne(context.wrap(s)) }
  /// `self < scalar`.
  public func lt(_ s: Scalar) throws -> Tensor { try lt(context.wrap(s)) }
  /// `self <= scalar`.
  public func le(_ s: Scalar) throws -> Tensor { try le(context.wrap(s)) }
  /// `self > scalar`.
  public func gt(_ s: Scalar) throws -> Tensor { try gt(context.wrap(s)) }
  /// `self >= scalar`.
  public func ge(_ s: Scalar) throws -> Tensor { try ge(context.wrap(s)) }

  private func logical(_ other: Tensor, _ f: (Bool, Bool) -> Bool) throws -> Tensor {
    let a = try toType(.bool), b = try other.toType(.bool)
    let out = try Tensor(context: context, shape: Tensor.broadcastShapes(a.shape, b.shape), dtype: .bool)
    mapBinary(a, b, out, f)
    return out
  }

  /// `torch.logical_and`.
  public func logicalAnd(_ other: Tensor) throws -> Tensor { try logical(other) { $0 && $1 } }
  /// `torch.logical_or`.
  public func logicalOr(_ other: Tensor) throws -> Tensor { try logical(other) { $0 || $1 } }
  /// `torch.logical_xor`.
  public func logicalXor(_ other: Tensor) throws -> Tensor { try logical(other) { $0 != $1 } }
  /// `torch.logical_not`.
  public func logicalNot() throws -> Tensor { try mapUnary(toType(.bool), Bool.self) { (x: Bool) in !x } }

  /// `~self`: logical not for bool tensors, bitwise not for integers.
  public func bitwiseNot() throws -> Tensor {
    switch dtype {
    case .bool: return try logicalNot()
    case .int64, .int32: return try mapUnary(copyData(to: .int64), Int64.self) { ~$0 }.copyData(to: dtype)
    default: throw TorchError.notImplemented("\"bitwise_not_cpu\" not implemented for '\(dtype.legacyName)'")
    }
  }

  /// `torch.where(cond, self, other)`: elements of self where cond is true, else other (WhereBackward0).
  public static func `where`(_ cond: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard cond.dtype == .bool else {
      throw TorchError.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype \(cond.dtype.legacyName)")
    }
    let rt = resultType([a, b])
    let shape = try broadcastShapes(broadcastShapes(cond.shape, a.shape), b.shape)
    let ca = try a.copyData(to: rt).broadcastData(to: shape), cb = try b.copyData(to: rt).broadcastData(to: shape)
    let cc = cond.broadcastData(to: shape)
    let out = try ca.copyData(to: rt)
    let pc = cc.storage.pointer(Bool.self)
    var mask: [Bool] = []
    forEachOffset(shape: shape, strides: cc.strides, offset: cc.storageOffset) { mask.append(pc[$0]) }
    let fromB = try cb.copyData(to: rt)
    func run<T: TensorElement>(_: T.Type) {
      let po = out.storage.pointer(T.self), pb = fromB.storage.pointer(T.self)
      for i in 0..<mask.count where !mask[i] { po[i] = pb[i] }
    }
    run(elementType(rt))
    if gradNeeded(a, b) {
      record("WhereBackward0", out, [a, b]) { g in
        let zero = try g.context.zerosLike(g)
        return [try a.gradFor(Tensor.where(cond, g, zero)), try b.gradFor(Tensor.where(cond, zero, g))]
      }
    }
    return out
  }

  /// `tensor.masked_fill(mask, value)` (MaskedFillBackward0).
  public func maskedFill(_ mask: Tensor, _ value: Scalar) throws -> Tensor {
    guard mask.dtype == .bool else {
      throw TorchError.runtime("masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.cppTypeName)")
    }
    let v = try context.wrap(value).copyData(to: dtype)
    let out = try context.withGradMode(false) { try Tensor.where(mask, v, self) }
    guard out.shape == shape else {
      throw TorchError.runtime("masked_fill: the mask must be broadcastable to the input's shape \(Tensor.formatList(shape))")
    }
    if gradNeeded(self) {
      record("MaskedFillBackward0", out, [self]) { g in [try Tensor.where(mask, g.context.zerosLike(g), g)] }
    }
    return out
  }

  /// `tensor.any()`: true if any element is nonzero.
  public func any() throws -> Tensor {
    try context.tensor([doubleValues().contains { $0 != 0 }], shape: [])
  }

  /// `tensor.all()`: true if every element is nonzero.
  public func all() throws -> Tensor {
    try context.tensor([doubleValues().allSatisfy { $0 != 0 }], shape: [])
  }

  /// `torch.equal(self, other)`: same shape and same values.
  public func equal(_ other: Tensor) throws -> Bool {
    guard shape == other.shape else { return false }
    return try eq(other).doubleValues().allSatisfy { $0 != 0 }
  }

  /// `torch.allclose(self, other, rtol, atol, equal_nan)`: |a - b| <= atol + rtol * |b| everywhere.
  public func allclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNan: Bool = false) throws -> Bool {
    let shape = try Tensor.broadcastShapes(self.shape, other.shape)
    let a = broadcastData(to: shape).doubleValues(), b = other.broadcastData(to: shape).doubleValues()
    for (x, y) in zip(a, b) {
      if x.isNaN || y.isNaN {
        if equalNan && x.isNaN && y.isNaN { continue }
        return false
      }
      if x == y { continue }
      if Swift.abs(x - y) > atol + rtol * Swift.abs(y) { return false }
    }
    return true
  }
}
