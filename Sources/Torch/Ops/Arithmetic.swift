// Element-wise arithmetic with broadcasting, Python scalars on either side, in-place forms and autograd.
extension TorchContext {
  /// A 0-d "wrapped number" tensor for a Python scalar operand (it promotes weakly, like torch's).
  public func wrap(_ s: Scalar) throws -> Tensor {
    let t: Tensor
    switch s {
    case .bool(let b): t = try tensor([b], shape: [])
    case .int(let i): t = try tensor([i], shape: [])
    case .float(let d): t = try tensor([d], shape: [])
    }
    t.isWrappedNumber = true
    return t
  }
}

extension Tensor {
  /// Sums `g` to `t`'s shape when `t` may need a gradient, else nil.
  @inline(__always) func gradFor(_ g: Tensor) throws -> Tensor? {
    requiresGrad ? try g.sumToShape(shape) : nil
  }

  /// `torch.add(self, other, alpha=1)` (AddBackward0); with alpha, floats compute fma(other, alpha, self) like ATen.
  public func add(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor {
    let rt = resultType([self, other])
    if rt == .bool, alpha == nil {
      return try Tensor.binaryKernel(.add, self, other, resultDType: .int64).copyData(to: .bool)
    }
    let out: Tensor
    if let alpha {
      out = try Tensor.addScaled(self, other, alpha, resultDType: rt)
    } else {
      out = try Tensor.binaryKernel(.add, self, other, resultDType: rt)
    }
    if gradNeeded(self, other) {
      let a = self
      record("AddBackward0", out, [self, other], saves: false) { g in
        [try a.gradFor(g), try other.gradFor(alpha.map { try g.mul(a.context.wrap($0)) } ?? g)]
      }
    }
    return out
  }

  /// self + alpha * other with ATen's rounding (one fused multiply-add for floats).
  static func addScaled(_ a: Tensor, _ b: Tensor, _ alpha: Scalar, resultDType rt: DType) throws -> Tensor {
    guard rt.isFloatingPoint else {
      return try binaryKernel(.add, a, b.mul(a.context.wrap(alpha)), resultDType: rt)
    }
    let shape = try broadcastShapes(a.shape, b.shape)
    let ca = a.dtype == rt ? a : try a.copyData(to: rt)
    let cb = b.dtype == rt ? b : try b.copyData(to: rt)
    let out = try Tensor(context: a.context, shape: shape, dtype: rt)
    if rt == .float32 {
      let al = Float(alpha.doubleValue)
      mapBinary(ca, cb, out) { (x: Float, y: Float) in x.addingProduct(y, al) }
    } else {
      let al = alpha.doubleValue
      mapBinary(ca, cb, out) { (x: Double, y: Double) in x.addingProduct(y, al) }
    }
    return out
  }

  /// `self + scalar`.
  public func add(_ s: Scalar) throws -> Tensor { try add(context.wrap(s)) }

  /// `torch.sub(self, other, alpha=1)` (SubBackward0); with alpha this is add with -alpha, fused like ATen.
  public func sub(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor {
    if dtype == .bool && other.dtype == .bool {
      throw TorchError.runtime(
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
    }
    let rt = resultType([self, other])
    let out: Tensor
    if let alpha {
      let neg: Scalar
      switch alpha {
      case .float(let d): neg = .float(-d)
      default: neg = .int(0 &- alpha.int64Value)
      }
      out = try Tensor.addScaled(self, other, neg, resultDType: rt)
    } else {
      out = try Tensor.binaryKernel(.sub, self, other, resultDType: rt)
    }
    if gradNeeded(self, other) {
      let a = self
      record("SubBackward0", out, [self, other], saves: false) { g in
        let gb = try g.neg()
        return [try a.gradFor(g), try other.gradFor(alpha.map { try gb.mul(a.context.wrap($0)) } ?? gb)]
      }
    }
    return out
  }

  /// `self - scalar`.
  public func sub(_ s: Scalar) throws -> Tensor { try sub(context.wrap(s)) }

  /// `scalar - self` (`torch.rsub`, RsubBackward1).
  public func rsub(_ s: Scalar) throws -> Tensor {
    let w = try context.wrap(s)
    let out = try Tensor.binaryKernel(.sub, w, self, resultDType: resultType([self, w]))
    if gradNeeded(self) {
      let a = self
      record("RsubBackward1", out, [self], saves: false) { g in [try a.gradFor(g.neg())] }
    }
    return out
  }

  /// `torch.mul(self, other)` (MulBackward0).
  public func mul(_ other: Tensor) throws -> Tensor {
    let rt = resultType([self, other])
    let out: Tensor
    if rt == .bool {
      out = try Tensor.binaryKernel(.mul, self, other, resultDType: .int64).copyData(to: .bool)
    } else {
      out = try Tensor.binaryKernel(.mul, self, other, resultDType: rt)
    }
    if gradNeeded(self, other) {
      let a = self
      record("MulBackward0", out, [self, other]) { g in
        [a.requiresGrad ? try a.gradFor(g.mul(other)) : nil, other.requiresGrad ? try other.gradFor(g.mul(a)) : nil]
      }
    }
    return out
  }

  /// `self * scalar`.
  public func mul(_ s: Scalar) throws -> Tensor { try mul(context.wrap(s)) }

  /// `torch.div(self, other)`: true division; integer inputs give the default float dtype (DivBackward0).
  public func div(_ other: Tensor) throws -> Tensor {
    var rt = resultType([self, other])
    if !rt.isFloatingPoint { rt = context.defaultDType }
    let out = try Tensor.binaryKernel(.div, self, other, resultDType: rt)
    if gradNeeded(self, other) {
      let a = self
      record("DivBackward0", out, [self, other]) { g in
        let ga = a.requiresGrad ? try a.gradFor(g.div(other)) : nil
        let gb = other.requiresGrad ? try other.gradFor(g.neg().mul(a).div(other.mul(other))) : nil
        return [ga, gb]
      }
    }
    return out
  }

  /// `self / scalar`.
  public func div(_ s: Scalar) throws -> Tensor { try div(context.wrap(s)) }

  /// `scalar / self` (computed as `reciprocal() * scalar`, MulBackward0, like torch's `__rtruediv__`).
  public func rdiv(_ s: Scalar) throws -> Tensor { try reciprocal().mul(s) }

  /// `torch.floor_divide(self, other)` / `self // other` (not differentiable).
  public func floorDivide(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.binaryKernel(.floorDivide, self, other, resultDType: resultType([self, other]))
    if gradNeeded(self, other) {
      let a = self
      record("FloorDivideBackward0", out, [self, other], saves: false) { g in
        [try a.gradFor(g.mul(0)), try other.gradFor(g.mul(0))]
      }
    }
    return out
  }

  /// `self // scalar`.
  public func floorDivide(_ s: Scalar) throws -> Tensor { try floorDivide(context.wrap(s)) }

  /// `torch.remainder(self, other)` / `self % other` (Python sign convention).
  public func remainder(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.binaryKernel(.remainder, self, other, resultDType: resultType([self, other]))
    if gradNeeded(self, other) {
      let a = self
      record("RemainderBackward0", out, [self, other]) { g in
        [try a.gradFor(g), other.requiresGrad ? try other.gradFor(g.neg().mul(a.floorDivide(other))) : nil]
      }
    }
    return out
  }

  /// `self % scalar`.
  public func remainder(_ s: Scalar) throws -> Tensor { try remainder(context.wrap(s)) }

  /// `torch.pow(self, exponent)` for a scalar exponent (PowBackward0).
  public func pow(_ e: Scalar) throws -> Tensor {
    let w = try context.wrap(e)
    let out = try Tensor.binaryKernel(.pow, self, w, resultDType: resultType([self, w]))
    if gradNeeded(self) {
      let a = self
      record("PowBackward0", out, [self]) { g in
        if e.doubleValue == 0 { return [try g.mul(0)] }
        return [try g.mul(a.pow(.float(e.doubleValue - 1)).mul(e))]
      }
    }
    return out
  }

  /// `torch.pow(self, exponent)` for a tensor exponent (PowBackward1).
  public func pow(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.binaryKernel(.pow, self, other, resultDType: resultType([self, other]))
    if gradNeeded(self, other) {
      let a = self, o = out.detach()
      record("PowBackward1", out, [self, other], saved: [self, other, out]) { g in
        let ga = a.requiresGrad ? try a.gradFor(g.mul(other).mul(a.pow(other.sub(1)))) : nil
        let gb = other.requiresGrad ? try other.gradFor(g.mul(o).mul(a.log())) : nil
        return [ga, gb]
      }
    }
    return out
  }

  /// `scalar ** self` (`torch.pow(scalar, self)`, PowBackward2).
  public func rpow(_ s: Scalar) throws -> Tensor {
    let w = try context.wrap(s)
    let out = try Tensor.binaryKernel(.pow, w, self, resultDType: resultType([self, w]))
    if gradNeeded(self) {
      let o = out.detach()
      record("PowBackward2", out, [self], saved: [out]) { g in
        [try g.mul(o).mul(.float(_log(s.doubleValue)))]
      }
    }
    return out
  }

  /// `torch.maximum(self, other)` (NaN-propagating).
  public func maximum(_ other: Tensor) throws -> Tensor { try minMax(other, .maximum, "MaximumBackward0") }
  /// `torch.minimum(self, other)` (NaN-propagating).
  public func minimum(_ other: Tensor) throws -> Tensor { try minMax(other, .minimum, "MinimumBackward0") }

  private func minMax(_ other: Tensor, _ kind: BinaryKind, _ name: String) throws -> Tensor {
    let out = try Tensor.binaryKernel(kind, self, other, resultDType: resultType([self, other]))
    if gradNeeded(self, other) {
      let a = self
      record(name, out, [self, other]) { g in
        let eq = try a.eq(other), aWins = kind == .maximum ? try a.gt(other) : try a.lt(other)
        let half = try g.mul(0.5)
        let ga = try half.mul(eq.toType(g.dtype)).add(g.mul(aWins.toType(g.dtype)))
        let gb = try g.sub(ga.sumToShape(g.shape).expand(g.shape))
        return [try a.gradFor(ga), try other.gradFor(gb)]
      }
    }
    return out
  }

  // MARK: - Operators

  /// `a + b`.
  public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.add(b) }
  /// `a + s`.
  public static func + (a: Tensor, s: Scalar) throws -> Tensor { try a.add(s) }
  /// `s + a`.
  public static func + (s: Scalar, a: Tensor) throws -> Tensor { try a.add(s) }
  /// `a - b`.
  public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.sub(b) }
  /// `a - s`.
  public static func - (a: Tensor, s: Scalar) throws -> Tensor { try a.sub(s) }
  /// `s - a`.
  public static func - (s: Scalar, a: Tensor) throws -> Tensor { try a.rsub(s) }
  /// `a * b`.
  public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.mul(b) }
  /// `a * s`.
  public static func * (a: Tensor, s: Scalar) throws -> Tensor { try a.mul(s) }
  /// `s * a`.
  public static func * (s: Scalar, a: Tensor) throws -> Tensor { try a.mul(s) }
  /// `a / b`.
  public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.div(b) }
  /// `a / s`.
  public static func / (a: Tensor, s: Scalar) throws -> Tensor { try a.div(s) }
  /// `s / a`.
  public static func / (s: Scalar, a: Tensor) throws -> Tensor { try a.rdiv(s) }
  /// `-a`.
  public static prefix func - (a: Tensor) throws -> Tensor { try a.neg() }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
