#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// More element-wise math: fmod, rounding division, bitwise ops, the remaining unary functions and activations.
extension Tensor {
  /// `torch.fmod(self, other)`: C-style remainder with the sign of the dividend (FmodBackward0).
  public func fmod(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.binaryKernel(.fmod, self, other, resultDType: resultType([self, other]))
    if gradNeeded(self, other) {
      let a = self
      record("FmodBackward1", out, [self, other]) { g in
        [try a.gradFor(g), other.requiresGrad ? try other.gradFor(g.neg().mul(a.div(other, roundingMode: "trunc"))) : nil]
      }
    }
    return out
  }

  /// `torch.fmod(self, scalar)` (FmodBackward0).
  public func fmod(_ s: Scalar) throws -> Tensor {
    let w = try context.wrap(s)
    let out = try Tensor.binaryKernel(.fmod, self, w, resultDType: resultType([self, w]))
    if gradNeeded(self) { record("FmodBackward0", out, [self], saves: false) { g in [g] } }
    return out
  }

  /// `torch.div(self, other, rounding_mode=...)`: nil is true division, `"trunc"` and `"floor"` round the quotient.
  public func div(_ other: Tensor, roundingMode: String?) throws -> Tensor {
    switch roundingMode {
    case nil: return try div(other)
    case "floor"?: return try floorDivide(other)
    case "trunc"?:
      let out = try Tensor.binaryKernel(.truncDivide, self, other, resultDType: resultType([self, other]))
      if gradNeeded(self, other) {
        let a = self
        record("DivBackward2", out, [self, other], saves: false) { g in [try a.gradFor(g.mul(0)), try other.gradFor(g.mul(0))] }
      }
      return out
    case let mode?:
      throw TorchError.runtime("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '\(mode)'")
    }
  }

  private func bitwise(_ kind: BinaryKind, _ other: Tensor, _ name: String, _ logical: (Tensor) throws -> Tensor) throws -> Tensor {
    let rt = resultType([self, other])
    guard !rt.isFloatingPoint else { throw TorchError.notImplemented("\"\(name)_cpu\" not implemented for '\(rt.legacyName)'") }
    if rt == .bool { return try logical(other) }
    return try Tensor.binaryKernel(kind, self, other, resultDType: rt)
  }

  /// `self & other` / `torch.bitwise_and` (integers and bools).
  public func bitwiseAnd(_ other: Tensor) throws -> Tensor { try bitwise(.bitAnd, other, "bitwise_and") { try logicalAnd($0) } }
  /// `self | other` / `torch.bitwise_or`.
  public func bitwiseOr(_ other: Tensor) throws -> Tensor { try bitwise(.bitOr, other, "bitwise_or") { try logicalOr($0) } }
  /// `self ^ other` / `torch.bitwise_xor`.
  public func bitwiseXor(_ other: Tensor) throws -> Tensor { try bitwise(.bitXor, other, "bitwise_xor") { try logicalXor($0) } }

  /// `torch.exp2` (2^x).
  public func exp2() throws -> Tensor {
    let out = try mapFloat({ Glibc.exp2f($0) }, { Glibc.exp2($0) })
    let o = out.detach()
    return unary("Exp2Backward0", out, savesOutput: true) { _ in try o.mul(.float(Glibc.log(2.0))) }
  }

  /// `torch.expm1` (e^x - 1).
  public func expm1() throws -> Tensor {
    let out = try mapFloat({ Glibc.expm1f($0) }, { Glibc.expm1($0) })
    let o = out.detach()
    return unary("Expm1Backward0", out, savesOutput: true) { _ in try o.add(1) }
  }

  /// `torch.log2`.
  public func log2() throws -> Tensor {
    let a = self
    return unary("Log2Backward0", try mapFloat({ Glibc.log2f($0) }, { Glibc.log2($0) })) { _ in try a.mul(.float(Glibc.log(2.0))).reciprocal() }
  }

  /// `torch.log10`.
  public func log10() throws -> Tensor {
    let a = self
    return unary("Log10Backward0", try mapFloat({ Glibc.log10f($0) }, { Glibc.log10($0) })) { _ in try a.mul(.float(Glibc.log(10.0))).reciprocal() }
  }

  /// `torch.tan`.
  public func tan() throws -> Tensor {
    let out = try mapFloat({ Glibc.tanf($0) }, { Glibc.tan($0) })
    let o = out.detach()
    return unary("TanBackward0", out, savesOutput: true) { _ in try o.mul(o).add(1) }
  }

  /// `torch.asin`.
  public func asin() throws -> Tensor {
    let a = self
    return unary("AsinBackward0", try mapFloat({ Glibc.asinf($0) }, { Glibc.asin($0) })) { _ in try a.mul(a).rsub(1).rsqrt() }
  }

  /// `torch.acos`.
  public func acos() throws -> Tensor {
    let a = self
    return unary("AcosBackward0", try mapFloat({ Glibc.acosf($0) }, { Glibc.acos($0) })) { _ in try a.mul(a).rsub(1).rsqrt().neg() }
  }

  /// `torch.atan`.
  public func atan() throws -> Tensor {
    let a = self
    return unary("AtanBackward0", try mapFloat({ Glibc.atanf($0) }, { Glibc.atan($0) })) { _ in try a.mul(a).add(1).reciprocal() }
  }

  /// `torch.sinh`.
  public func sinh() throws -> Tensor {
    let a = self
    return unary("SinhBackward0", try mapFloat({ Glibc.sinhf($0) }, { Glibc.sinh($0) })) { _ in try a.cosh() }
  }

  /// `torch.cosh`.
  public func cosh() throws -> Tensor {
    let a = self
    return unary("CoshBackward0", try mapFloat({ Glibc.coshf($0) }, { Glibc.cosh($0) })) { _ in try a.sinh() }
  }

  /// `torch.frac` (x - trunc(x)).
  public func frac() throws -> Tensor {
    let out = try mapFloat({ $0 - $0.rounded(.towardZero) }, { $0 - $0.rounded(.towardZero) })
    if gradNeeded(self) { record("FracBackward0", out, [self], saves: false) { g in [g] } }
    return out
  }

  /// `F.leaky_relu(x, negative_slope)` (LeakyReluBackward0).
  public func leakyRelu(_ slope: Double = 0.01) throws -> Tensor {
    let s32 = Float(slope)
    let out = try mapFloat({ $0 > 0 ? $0 : $0 * s32 }, { $0 > 0 ? $0 : $0 * slope })
    let a = self
    return unary("LeakyReluBackward0", out) { _ in try a.gt(0).toType(a.dtype).mul(.float(1 - slope)).add(.float(slope)) }
  }

  /// `F.elu(x, alpha)` (EluBackward0).
  public func elu(alpha: Double = 1) throws -> Tensor {
    let a32 = Float(alpha)
    let out = try mapFloat({ $0 > 0 ? $0 : a32 * Glibc.expm1f($0) }, { $0 > 0 ? $0 : alpha * Glibc.expm1($0) })
    let a = self, o = out.detach()
    return unary("EluBackward0", out) { _ in try Tensor.where(a.gt(0), o.context.onesLike(o), o.add(.float(alpha))) }
  }

  /// `F.softplus(x, beta, threshold)` (SoftplusBackward0).
  public func softplus(beta: Double = 1, threshold: Double = 20) throws -> Tensor {
    let b32 = Float(beta), t32 = Float(threshold)
    let out = try mapFloat({ $0 * b32 > t32 ? $0 : Glibc.log1pf(Glibc.expf($0 * b32)) / b32 },
                           { $0 * beta > threshold ? $0 : Glibc.log1p(Glibc.exp($0 * beta)) / beta })
    let a = self
    return unary("SoftplusBackward0", out) { _ in
      let z = try a.mul(.float(beta))
      return try Tensor.where(z.gt(.float(threshold)), a.context.onesLike(a), z.sigmoid())
    }
  }

  /// `F.gelu(x)` with the exact erf form (GeluBackward0).
  public func gelu() throws -> Tensor {
    let out = try mapFloat({ $0 * 0.5 * (1 + Glibc.erff($0 * Float(0.5.squareRoot()))) },
                           { $0 * 0.5 * (1 + Glibc.erf($0 * 0.5.squareRoot())) })
    let a = self
    return unary("GeluBackward0", out) { _ in
      let cdf = try a.mapFloat({ 0.5 * (1 + Glibc.erff($0 * Float(0.5.squareRoot()))) }, { 0.5 * (1 + Glibc.erf($0 * 0.5.squareRoot())) })
      let pdf = try a.mapFloat({ Glibc.expf(-0.5 * $0 * $0) * Float(1 / (2 * Double.pi).squareRoot()) },
                               { Glibc.exp(-0.5 * $0 * $0) / (2 * Double.pi).squareRoot() })
      return try cdf.add(a.mul(pdf))
    }
  }

  /// `F.silu(x)` = x * sigmoid(x) (SiluBackward0).
  public func silu() throws -> Tensor {
    let out = try mapFloat({ $0 / (1 + Glibc.expf(-$0)) }, { $0 / (1 + Glibc.exp(-$0)) })
    let a = self
    return unary("SiluBackward0", out) { _ in
      let s = try a.detach().sigmoid()
      return try s.mul(a.detach().mul(s.rsub(1)).add(1))
    }
  }

  /// `F.hardtanh(x, min_val, max_val)` (`F.relu6` is hardtanh(0, 6); HardtanhBackward0).
  public func hardtanh(min lo: Double = -1, max hi: Double = 1) throws -> Tensor {
    let l32 = Float(lo), h32 = Float(hi)
    let out = try mapFloat({ Swift.min(Swift.max($0, l32), h32) }, { Swift.min(Swift.max($0, lo), hi) })
    let a = self
    return unary("HardtanhBackward0", out) { _ in try a.gt(.float(lo)).logicalAnd(a.lt(.float(hi))).toType(a.dtype) }
  }
}

extension Tensor {
  /// Runs an out-of-place op and writes its result into self, with torch's in-place autograd rules
  /// (the binding's generic `name_` methods: `log_`, `abs_`, `sqrt_`, ...).
  @discardableResult public func inPlace_(_ op: (Tensor) throws -> Tensor) throws -> Tensor { try applyInPlace(op) }
}
