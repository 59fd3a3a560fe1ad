#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `torch.optim.SGD` (single-tensor path, as torch uses on CPU): optional momentum, dampening, nesterov, weight decay.
public final class SGD {
  /// The parameters updated by `step()`.
  public let params: [Tensor]
  /// Learning rate.
  public var lr: Double
  /// Momentum factor (0 = none).
  public var momentum: Double
  /// Dampening for momentum.
  public var dampening: Double
  /// L2 penalty added to gradients.
  public var weightDecay: Double
  /// Use Nesterov momentum.
  public var nesterov: Bool
  private var buffers: [Tensor?]

  /// `SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False)`.
  public init(params: [Tensor], lr: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
              weightDecay: Double = 0, nesterov: Bool = false) throws {
    guard lr >= 0 else { throw TorchError.value("Invalid learning rate: \(PyFormat.floatRepr(lr))") }
    guard momentum >= 0 else { throw TorchError.value("Invalid momentum value: \(PyFormat.floatRepr(momentum))") }
    guard weightDecay >= 0 else { throw TorchError.value("Invalid weight_decay value: \(PyFormat.floatRepr(weightDecay))") }
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw TorchError.value("Nesterov momentum requires a momentum and zero dampening")
    }
    guard !params.isEmpty else { throw TorchError.value("optimizer got an empty parameter list") }
    self.params = params
    self.lr = lr
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
    self.buffers = Array(repeating: nil, count: params.count)
  }

  /// `optimizer.step()`: one update of every parameter that has a gradient.
  public func step() throws {
    guard let ctx = params.first?.context else { return }
    try ctx.withGradMode(false) {
      for (i, p) in params.enumerated() {
        guard var g = p.grad else { continue }
        if weightDecay != 0 { g = try g.add(p, alpha: .float(weightDecay)) }
        if momentum != 0 {
          if let buf = buffers[i] {
            try buf.mul_(.float(momentum)).add_(g, alpha: .float(1 - dampening))
          } else {
            buffers[i] = try g.clone()
          }
          if let buf = buffers[i] { g = nesterov ? try g.add(buf, alpha: .float(momentum)) : buf }
        }
        try p.add_(g, alpha: .float(-lr))
      }
    }
  }

  /// `optimizer.zero_grad(set_to_none=True)`.
  public func zeroGrad(setToNone: Bool = true) throws {
    for p in params {
      if setToNone { p.grad = nil } else { try p.grad?.zero_() }
    }
  }
}

/// `torch.optim.Adam` (single-tensor path): lerp/addcmul/addcdiv with ATen's fused rounding on AVX2.
public final class Adam {
  /// The parameters updated by `step()`.
  public let params: [Tensor]
  /// Learning rate.
  public var lr: Double
  /// Running-average coefficient of the gradient.
  public var beta1: Double
  /// Running-average coefficient of the squared gradient.
  public var beta2: Double
  /// Term added to the denominator.
  public var eps: Double
  /// L2 penalty added to gradients.
  public var weightDecay: Double
  /// Keep the running maximum of the squared-gradient average (`amsgrad=True`).
  public var amsgrad: Bool
  /// AdamW: weight decay shrinks the parameter instead of being added to the gradient.
  public var decoupledWeightDecay: Bool
  /// Ascend the objective instead of descending it.
  public var maximize: Bool
  private var steps: [Int]
  private var maxAvgSq: [[Float]?]
  private var maxAvgSq64: [[Double]?]
  private var expAvg: [[Float]?]
  private var expAvgSq: [[Float]?]
  private var expAvg64: [[Double]?]
  private var expAvgSq64: [[Double]?]

  /// `Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0)`.
  public init(params: [Tensor], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
              weightDecay: Double = 0, amsgrad: Bool = false, decoupledWeightDecay: Bool = false, maximize: Bool = false) throws {
    guard lr >= 0 else { throw TorchError.value("Invalid learning rate: \(PyFormat.floatRepr(lr))") }
    guard eps >= 0 else { throw TorchError.value("Invalid epsilon value: \(PyFormat.floatRepr(eps))") }
    guard betas.0 >= 0 && betas.0 < 1 else { throw TorchError.value("Invalid beta parameter at index 0: \(PyFormat.floatRepr(betas.0))") }
    guard betas.1 >= 0 && betas.1 < 1 else { throw TorchError.value("Invalid beta parameter at index 1: \(PyFormat.floatRepr(betas.1))") }
    guard !params.isEmpty else { throw TorchError.value("optimizer got an empty parameter list") }
    for p in params where !p.dtype.isFloatingPoint {
      throw TorchError.value("can't optimize a non-floating tensor")
    }
    self.params = params
    self.lr = lr
    self.beta1 = betas.0
    self.beta2 = betas.1
    self.eps = eps
    self.weightDecay = weightDecay
    self.amsgrad = amsgrad
    self.decoupledWeightDecay = decoupledWeightDecay
    self.maximize = maximize
    steps = Array(repeating: 0, count: params.count)
    maxAvgSq = Array(repeating: nil, count: params.count)
    maxAvgSq64 = Array(repeating: nil, count: params.count)
    expAvg = Array(repeating: nil, count: params.count)
    expAvgSq = Array(repeating: nil, count: params.count)
    expAvg64 = Array(repeating: nil, count: params.count)
    expAvgSq64 = Array(repeating: nil, count: params.count)
  }

  /// `optimizer.step()`.
  public func step() throws {
    for (i, p) in params.enumerated() {
      guard var gt = p.grad else { continue }
      try p.checkParameterUpdate()
      if maximize { gt = try p.context.withGradMode(false) { try gt.neg() } }
      if weightDecay != 0 {
        if decoupledWeightDecay {
          try p.context.withGradMode(false) { _ = try p.detach().mul_(.float(1 - lr * weightDecay)) }
        } else {
          gt = try p.context.withGradMode(false) { try gt.add(p, alpha: .float(weightDecay)) }
        }
      }
      steps[i] += 1
      let step = Double(steps[i])
      let bc1 = 1 - pow(beta1, step), bc2 = 1 - pow(beta2, step)
      let stepSize = lr / bc1
      let bc2Sqrt = bc2.squareRoot()
      let n = p.numel
      if p.dtype == .float32 {
        let g = try gt.contiguousData().toType(.float32).values(Float.self)
        var m = expAvg[i] ?? [Float](repeating: 0, count: n)
        var v = expAvgSq[i] ?? [Float](repeating: 0, count: n)
        let w1 = Float(1 - beta1), b2 = Float(beta2), w2 = Float(1 - beta2)
        let c2 = Float(bc2Sqrt), e = Float(eps), s = Float(-stepSize)
        let pp = p.pointer(Float.self)
        var mx = amsgrad ? (maxAvgSq[i] ?? [Float](repeating: 0, count: n)) : []
        for k in 0..<n {
          m[k] = m[k].addingProduct(w1, g[k] - m[k])           // exp_avg.lerp_(grad, 1 - beta1)
          v[k] = (v[k] * b2).addingProduct(w2 * g[k], g[k])   // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, 1 - beta2)
          var sq = v[k]
          if amsgrad {                                         // torch.maximum(max_exp_avg_sq, exp_avg_sq, out=max_exp_avg_sq)
            mx[k] = mx[k].isNaN || sq.isNaN ? .nan : Swift.max(mx[k], sq)
            sq = mx[k]
          }
          let denom = sq.squareRoot() / c2 + e                 // (exp_avg_sq.sqrt() / bc2_sqrt).add_(eps)
          pp[k] = pp[k] + s * m[k] / denom                     // param.addcdiv_(exp_avg, denom, value=-step_size)
        }
        expAvg[i] = m
        expAvgSq[i] = v
        if amsgrad { maxAvgSq[i] = mx }
      } else {
        let g = try gt.contiguousData().toType(.float64).values(Double.self)
        var m = expAvg64[i] ?? [Double](repeating: 0, count: n)
        var v = expAvgSq64[i] ?? [Double](repeating: 0, count: n)
        let pp = p.pointer(Double.self)
        var mx = amsgrad ? (maxAvgSq64[i] ?? [Double](repeating: 0, count: n)) : []
        for k in 0..<n {
          m[k] = m[k].addingProduct(1 - beta1, g[k] - m[k])
          v[k] = (v[k] * beta2).addingProduct((1 - beta2) * g[k], g[k])
          var sq = v[k]
          if amsgrad {
            mx[k] = mx[k].isNaN || sq.isNaN ? .nan : Swift.max(mx[k], sq)
            sq = mx[k]
          }
          let denom = sq.squareRoot() / bc2Sqrt + eps
          pp[k] = pp[k] + (-stepSize) * m[k] / denom
        }
        expAvg64[i] = m
        expAvgSq64[i] = v
        if amsgrad { maxAvgSq64[i] = mx }
      }
    }
  }

  /// `optimizer.zero_grad(set_to_none=True)`.
  public func zeroGrad(setToNone: Bool = true) throws {
    for p in params {
      if setToNone { p.grad = nil } else { try p.grad?.zero_() }
    }
  }
}

extension Tensor {
  /// Parameters updated in place by optimizers must be contiguous leaves.
  func checkParameterUpdate() throws {
    guard isContiguous else { throw TorchError.notImplemented("optimizer update of a non-contiguous parameter") }
  }
}
