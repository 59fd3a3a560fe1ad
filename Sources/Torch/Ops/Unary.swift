#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Applies `f` to every element of `a` (dtype `T`), returning a new contiguous tensor of dtype `R`.
@inline(__always)
func mapUnary<T: TensorElement, R: TensorElement>(_ a: Tensor, _ out: R.Type, _ f: (T) -> R) throws -> Tensor {
  let res = try Tensor(context: a.context, shape: a.shape, dtype: R.dtype)
  let po = res.storage.pointer(R.self), pa = a.storage.pointer(T.self)
  if a.isContiguous {
    let xa = pa + a.storageOffset
    for i in 0..<res.numel { po[i] = f(xa[i]) }
  } else {
    var i = 0
    forEachOffset(shape: a.shape, strides: a.strides, offset: a.storageOffset) { o in
      po[i] = f(pa[o])
      i &+= 1
    }
  }
  return res
}

extension Tensor {
  /// The input converted for a floating-point unary op (ints become the default dtype).
  func floatInput() throws -> Tensor {
    dtype.isFloatingPoint ? self : try copyData(to: context.defaultDType)
  }

  /// Applies a float function in float32 or float64.
  func mapFloat(_ f32: (Float) -> Float, _ f64: (Double) -> Double) throws -> Tensor {
    let x = try floatInput()
    return x.dtype == .float32 ? try mapUnary(x, Float.self, f32) : try mapUnary(x, Double.self, f64)
  }

  /// Records a unary op whose gradient is `g * derivative`.
  func unary(_ name: String, _ out: Tensor, savesOutput: Bool = false,
                     _ derivative: @escaping (Tensor) throws -> Tensor) -> Tensor {
    if gradNeeded(self) {
      record(name, out, [self], saved: savesOutput ? [out] : nil) { g in [try g.mul(derivative(g))] }
    }
    return out
  }

  /// `torch.exp`.
  public func exp() throws -> Tensor {
    let out = try mapFloat({ expf($0) }, { Glibc.exp($0) })
    let o = out.detach()
    return unary("ExpBackward0", out, savesOutput: true) { _ in o }
  }

  /// `torch.log` (natural).
  public func log() throws -> Tensor {
    let out = try mapFloat({ logf($0) }, { Glibc.log($0) })
    let a = self
    return unary("LogBackward0", out) { _ in try a.reciprocal() }
  }

  /// `torch.log1p`.
  public func log1p() throws -> Tensor {
    let out = try mapFloat({ log1pf($0) }, { Glibc.log1p($0) })
    let a = self
    return unary("Log1PBackward0", out) { _ in try a.add(1).reciprocal() }
  }

  /// `torch.sqrt`.
  public func sqrt() throws -> Tensor {
    let out = try mapFloat({ $0.squareRoot() }, { $0.squareRoot() })
    let o = out.detach()
    if gradNeeded(self) { record("SqrtBackward0", out, [self], saved: [out]) { g in [try g.div(o.mul(2))] } }
    return out
  }

  /// `torch.rsqrt`.
  public func rsqrt() throws -> Tensor {
    let out = try mapFloat({ 1 / $0.squareRoot() }, { 1 / $0.squareRoot() })
    let o = out.detach()
    return unary("RsqrtBackward0", out, savesOutput: true) { _ in try o.pow(3).mul(-0.5) }
  }

  /// `torch.sin`.
  public func sin() throws -> Tensor {
    let a = self
    return unary("SinBackward0", try mapFloat({ sinf($0) }, { Glibc.sin($0) })) { _ in try a.cos() }
  }

  /// `torch.cos`.
  public func cos() throws -> Tensor {
    let a = self
    return unary("CosBackward0", try mapFloat({ cosf($0) }, { Glibc.cos($0) })) { _ in try a.sin().neg() }
  }

  /// `torch.tanh` (TanhBackward0: grad * (1 - y²)).
  public func tanh() throws -> Tensor {
    let out = try mapFloat({ tanhf($0) }, { Glibc.tanh($0) })
    if gradNeeded(self) {
      let o = out.detach()
      record("TanhBackward0", out, [self], saved: [out]) { g in [try g.mul(o.mul(o).rsub(1))] }
    }
    return out
  }

  /// `torch.sigmoid` (SigmoidBackward0: grad * (1 - y) * y).
  public func sigmoid() throws -> Tensor {
    let out = try mapFloat({ 1 / (1 + expf(-$0)) }, { 1 / (1 + Glibc.exp(-$0)) })
    if gradNeeded(self) {
      let o = out.detach()
      record("SigmoidBackward0", out, [self], saved: [out]) { g in [try g.mul(o.rsub(1)).mul(o)] }
    }
    return out
  }

  /// `torch.relu` (ReluBackward0).
  public func relu() throws -> Tensor {
    let out: Tensor
    switch dtype {
    case .float32: out = try mapUnary(self, Float.self) { $0.isNaN ? $0 : ($0 > 0 ? $0 : 0) }
    case .float64: out = try mapUnary(self, Double.self) { $0.isNaN ? $0 : ($0 > 0 ? $0 : 0) }
    case .bool: throw TorchError.runtime("\"clamp_min_scalar_cpu\" not implemented for 'Bool'")
    default: out = try mapUnary(try copyData(to: .int64), Int64.self) { Swift.max($0, 0) }.copyData(to: dtype)
    }
    if gradNeeded(self) {
      let o = out.detach()
      record("ReluBackward0", out, [self], saved: [out]) { g in [try g.mul(o.gt(o.context.wrap(0)).toType(g.dtype))] }
    }
    return out
  }

  /// `-self` (NegBackward0).
  public func neg() throws -> Tensor {
    let out: Tensor
    switch dtype {
    case .float32: out = try mapUnary(self, Float.self) { -$0 }
    case .float64: out = try mapUnary(self, Double.self) { -$0 }
    case .bool:
      throw TorchError.runtime(
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")
    default: out = try mapUnary(try copyData(to: .int64), Int64.self) { 0 &- $0 }.copyData(to: dtype)
    }
    if gradNeeded(self) { record("NegBackward0", out, [self], saves: false) { g in [try g.neg()] } }
    return out
  }

  /// `torch.abs`.
  public func abs() throws -> Tensor {
    let out: Tensor
    switch dtype {
    case .float32: out = try mapUnary(self, Float.self) { Swift.abs($0) }
    case .float64: out = try mapUnary(self, Double.self) { Swift.abs($0) }
    case .bool: out = try clone()
    default: out = try mapUnary(try copyData(to: .int64), Int64.self) { $0 < 0 ? 0 &- $0 : $0 }.copyData(to: dtype)
    }
    let a = self
    return unary("AbsBackward0", out) { _ in try a.sign() }
  }

  /// `torch.sign` (-1, 0 or 1; zero gradient).
  public func sign() throws -> Tensor {
    let out: Tensor
    switch dtype {
    case .float32: out = try mapUnary(self, Float.self) { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) }
    case .float64: out = try mapUnary(self, Double.self) { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) }
    case .bool: out = try clone()
    default: out = try mapUnary(try copyData(to: .int64), Int64.self) { (x: Int64) -> Int64 in x > 0 ? 1 : (x < 0 ? -1 : 0) }.copyData(to: dtype)
    }
    if gradNeeded(self) { record("SignBackward0", out, [self], saves: false) { g in [try g.mul(0)] } }
    return out
  }

  /// `torch.reciprocal` (1 / x).
  public func reciprocal() throws -> Tensor {
    let out = try mapFloat({ 1 / $0 }, { 1 / $0 })
    if gradNeeded(self) {
      let o = out.detach()
      record("ReciprocalBackward0", out, [self], saved: [out]) { g in [try g.neg().mul(o).mul(o)] }
    }
    return out
  }

  /// `torch.square` (x * x, PowBackward0 as in torch).
  public func square() throws -> Tensor { try pow(2) }

  /// Rounding ops: `floor`, `ceil`, `round` (half to even), `trunc` (zero gradient).
  public func rounded(_ rule: FloatingPointRoundingRule, name: String) throws -> Tensor {
    guard dtype.isFloatingPoint else { return try clone() }
    let out = try mapFloat({ $0.rounded(rule) }, { $0.rounded(rule) })
    if gradNeeded(self) { record(name, out, [self], saves: false) { g in [try g.mul(0)] } }
    return out
  }
  /// `torch.floor`.
  public func floor() throws -> Tensor { try rounded(.down, name: "FloorBackward0") }
  /// `torch.ceil`.
  public func ceil() throws -> Tensor { try rounded(.up, name: "CeilBackward0") }
  /// `torch.round` (ties to even).
  public func round() throws -> Tensor { try rounded(.toNearestOrEven, name: "RoundBackward0") }
  /// `torch.trunc`.
  public func trunc() throws -> Tensor { try rounded(.towardZero, name: "TruncBackward0") }

  /// `torch.clamp(self, min, max)` (either bound may be nil; ClampBackward1).
  public func clamp(min lo: Scalar? = nil, max hi: Scalar? = nil) throws -> Tensor {
    guard lo != nil || hi != nil else {
      throw TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
    }
    var out = self
    try context.withGradMode(false) {
      if let lo { out = try out.maximum(context.wrap(lo).copyData(to: resultType([self, context.wrap(lo)]))) }
      if let hi { out = try out.minimum(context.wrap(hi).copyData(to: resultType([out, context.wrap(hi)]))) }
      if out === self { out = try self.clone() }
    }
    if gradNeeded(self) {
      let a = self, ctx = context
      record("ClampBackward1", out, [self]) { g in
        var mask = try ctx.onesLike(a, dtype: .bool)
        // torch 2.15: the gradient is zero at (and beyond) a scalar bound.
        if let lo { mask = try mask.logicalAnd(a.gt(ctx.wrap(lo))) }
        if let hi { mask = try mask.logicalAnd(a.lt(ctx.wrap(hi))) }
        return [try g.mul(mask.toType(g.dtype))]
      }
    }
    return out
  }

  /// `torch.isnan` (bool result).
  public func isnan() throws -> Tensor {
    switch dtype {
    case .float32: return try mapUnary(self, Bool.self) { (x: Float) in x.isNaN }
    case .float64: return try mapUnary(self, Bool.self) { (x: Double) in x.isNaN }
    default: return try context.zeros(shape, dtype: .bool)
    }
  }

  /// `torch.isinf` (bool result).
  public func isinf() throws -> Tensor {
    switch dtype {
    case .float32: return try mapUnary(self, Bool.self) { (x: Float) in x.isInfinite }
    case .float64: return try mapUnary(self, Bool.self) { (x: Double) in x.isInfinite }
    default: return try context.zeros(shape, dtype: .bool)
    }
  }

  /// `tensor.to(dtype)` / `.float()` / `.long()` ...: a converted copy (self when the dtype already matches).
  public func toType(_ d: DType) throws -> Tensor {
    if d == dtype { return self }
    let out = try copyData(to: d)
    if gradNeeded(self) && d.isFloatingPoint {
      let src = dtype
      record("ToCopyBackward0", out, [self], saves: false) { g in [try g.copyData(to: src)] }
    }
    return out
  }
}
