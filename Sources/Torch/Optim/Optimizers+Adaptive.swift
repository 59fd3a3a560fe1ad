/// Element-wise optimizer arithmetic in a parameter's dtype, rounding as ATen's AVX2 kernels do
/// (`a + alpha*b` and `addcmul` fused, `addcdiv` as `self + value * t1 / t2`).
private protocol OptimFloat: TensorElement, BinaryFloatingPoint {}
extension Float: OptimFloat {}
extension Double: OptimFloat {}

/// The gradient of `p` as a contiguous array of `T`, negated for `maximize`, plus `weightDecay * p` (fused add).
private func effectiveGradient<T: OptimFloat>(_ p: Tensor, _ g: Tensor, maximize: Bool, weightDecay: Double, _: T.Type) throws -> [T] {
  var out = try g.contiguousData().toType(p.dtype).values(T.self)
  let pp = p.pointer(T.self), wd = T(weightDecay)
  for k in 0..<out.count {
    if maximize { out[k] = -out[k] }
    if weightDecay != 0 { out[k] = out[k].addingProduct(wd, pp[k]) }
  }
  return out
}

/// `torch.optim.RMSprop` (single-tensor path): optional centering, momentum, weight decay and maximize.
public final class RMSprop {
  /// The parameters updated by `step()`.
  public let params: [Tensor]
  /// Learning rate.
  public var lr: Double
  /// Smoothing constant of the squared-gradient average.
  public let alpha: Double
  /// Term added to the denominator.
  public let eps: Double
  /// L2 penalty added to gradients.
  public let weightDecay: Double
  /// Momentum factor (0 = none).
  public let momentum: Double
  /// Normalise by the estimated gradient variance.
  public let centered: Bool
  /// Ascend the objective instead of descending it.
  public let maximize: Bool
  private var squareAvg: [[Double]?]
  private var gradAvg: [[Double]?]
  private var buffer: [[Double]?]

  /// `RMSprop(params, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False, maximize=False)`.
  public init(params: [Tensor], lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
              momentum: Double = 0, centered: Bool = false, maximize: Bool = false) throws {
    guard !params.isEmpty else { throw TorchError.value("optimizer got an empty parameter list") }
    self.params = params
    self.lr = lr
    self.alpha = alpha
    self.eps = eps
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
    self.maximize = maximize
    squareAvg = Array(repeating: nil, count: params.count)
    gradAvg = Array(repeating: nil, count: params.count)
    buffer = Array(repeating: nil, count: params.count)
  }

  /// `optimizer.step()`.
  public func step() throws {
    for (i, p) in params.enumerated() {
      guard let g = p.grad else { continue }
      try p.checkParameterUpdate()
      switch p.dtype {
      case .float32: try update(i, p, g, Float.self)
      case .float64: try update(i, p, g, Double.self)
      default: throw TorchError.value("can't optimize a non-floating tensor")
      }
      p.storage.version += 1
    }
  }

  private func update<T: OptimFloat>(_ i: Int, _ p: Tensor, _ gt: Tensor, _: T.Type) throws {
    let g = try effectiveGradient(p, gt, maximize: maximize, weightDecay: weightDecay, T.self)
    let n = g.count
    var sq = squareAvg[i].map { $0.map { T($0) } } ?? [T](repeating: 0, count: n)
    var ga = gradAvg[i].map { $0.map { T($0) } } ?? [T](repeating: 0, count: n)
    var buf = buffer[i].map { $0.map { T($0) } } ?? [T](repeating: 0, count: n)
    let a = T(alpha), w = T(1 - alpha), e = T(eps), mom = T(momentum), negLR = T(-lr)
    let pp = p.pointer(T.self)
    for k in 0..<n {
      sq[k] = (sq[k] * a).addingProduct(w * g[k], g[k])         // square_avg.mul_(alpha).addcmul_(grad, grad, 1 - alpha)
      var avg: T
      if centered {
        ga[k] = ga[k].addingProduct(w, g[k] - ga[k])            // grad_avg.lerp_(grad, 1 - alpha)
        avg = sq[k].addingProduct(-ga[k], ga[k]).squareRoot()   // square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
      } else {
        avg = sq[k].squareRoot()
      }
      avg += e
      if momentum > 0 {
        buf[k] = buf[k] * mom + g[k] / avg                      // buf.mul_(momentum).addcdiv_(grad, avg)
        pp[k] = pp[k].addingProduct(negLR, buf[k])              // param.add_(buf, alpha=-lr)
      } else {
        pp[k] = pp[k] + negLR * g[k] / avg                      // param.addcdiv_(grad, avg, value=-lr)
      }
    }
    squareAvg[i] = sq.map { Double($0) }
    if centered { gradAvg[i] = ga.map { Double($0) } }
    if momentum > 0 { buffer[i] = buf.map { Double($0) } }
  }
}

/// `torch.optim.Adagrad` (single-tensor path): learning-rate decay, weight decay, initial accumulator, maximize.
public final class Adagrad {
  /// The parameters updated by `step()`.
  public let params: [Tensor]
  /// Learning rate.
  public var lr: Double
  /// Learning-rate decay per step.
  public let lrDecay: Double
  /// L2 penalty added to gradients.
  public let weightDecay: Double
  /// Term added to the denominator.
  public let eps: Double
  /// Ascend the objective instead of descending it.
  public let maximize: Bool
  private var steps: [Int]
  private var sums: [[Double]]

  /// `Adagrad(params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, maximize=False)`.
  public init(params: [Tensor], lr: Double = 1e-2, lrDecay: Double = 0, weightDecay: Double = 0,
              initialAccumulatorValue: Double = 0, eps: Double = 1e-10, maximize: Bool = false) throws {
    guard !params.isEmpty else { throw TorchError.value("optimizer got an empty parameter list") }
    self.params = params
    self.lr = lr
    self.lrDecay = lrDecay
    self.weightDecay = weightDecay
    self.eps = eps
    self.maximize = maximize
    steps = Array(repeating: 0, count: params.count)
    // torch.full_like(p, initial_accumulator_value): the value rounded to the parameter's dtype.
    sums = params.map { p in
      let v = p.dtype == .float32 ? Double(Float(initialAccumulatorValue)) : initialAccumulatorValue
      return [Double](repeating: v, count: p.numel)
    }
  }

  /// `optimizer.step()`.
  public func step() throws {
    for (i, p) in params.enumerated() {
      guard let g = p.grad else { continue }
      try p.checkParameterUpdate()
      steps[i] += 1
      switch p.dtype {
      case .float32: try update(i, p, g, Float.self)
      case .float64: try update(i, p, g, Double.self)
      default: throw TorchError.value("can't optimize a non-floating tensor")
      }
      p.storage.version += 1
    }
  }

  private func update<T: OptimFloat>(_ i: Int, _ p: Tensor, _ gt: Tensor, _: T.Type) throws {
    let g = try effectiveGradient(p, gt, maximize: maximize, weightDecay: weightDecay, T.self)
    guard sums[i].count == g.count else { return }
    let clr = lr / (1 + Double(steps[i] - 1) * lrDecay)
    let e = T(eps), negCLR = T(-clr)
    let pp = p.pointer(T.self)
    for k in 0..<g.count {
      let s = T(sums[i][k]).addingProduct(g[k], g[k])          // state_sum.addcmul_(grad, grad, value=1)
      sums[i][k] = Double(s)
      let std = s.squareRoot() + e                               // state_sum.sqrt().add_(eps)
      pp[k] = pp[k] + negCLR * g[k] / std                        // param.addcdiv_(grad, std, value=-clr)
    }
  }
}
