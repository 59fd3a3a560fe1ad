/// How a loss reduces over elements (`reduction=`).
public enum Reduction: String, Sendable {
  case none, mean, sum

  /// Parses torch's reduction string.
  public init(name: String) throws {
    guard let r = Reduction(rawValue: name) else { throw TorchError.value("\(name) is not a valid value for reduction") }
    self = r
  }
}

extension Functional {
  /// `F.nll_loss(input, target, weight, ignore_index, reduction)` on log-probabilities [N, C] (or [C]) with
  /// int64 targets, summing in ATen's cascade order (NllLossBackward0).
  public static func nllLoss(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                             reduction: Reduction = .mean) throws -> Tensor {
    if input.dim > 2 {
      let c = input.shape[1]
      let moved = try input.movedim(1, to: input.dim - 1).reshape([-1, c])
      let r = try nllLoss(moved, target.reshape([-1]), weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
      if reduction == .none { return try r.reshape(target.shape) }
      return r
    }
    guard input.dim >= 1 else { throw TorchError.value("Expected 2 or more dimensions (got \(input.dim))") }
    guard target.dtype == .int64 else {
      throw TorchError.runtime("expected scalar type Long but found \(target.dtype.legacyName)")
    }
    let batch = input.dim == 1 ? 1 : input.shape[0]
    let classes = input.shape[input.dim - 1]
    let tgt = target.int64Values()
    guard (input.dim == 1 && target.dim == 0) || (target.dim == 1 && tgt.count == batch) else {
      throw TorchError.value("Expected input batch_size (\(batch)) to match target batch_size (\(target.dim == 0 ? 1 : target.shape[0])).")
    }
    if let w = weight, w.requiresGrad, w.context.gradEnabled {
      throw TorchError.runtime("the derivative for 'weight' is not implemented.")
    }
    if let w = weight, w.numel != classes {
      throw TorchError.runtime("weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(Tensor.formatList(w.shape))")
    }
    for t in tgt where t != ignoreIndex && (t < 0 || t >= Int64(classes)) {
      throw TorchError.index("Target \(t) is out of bounds.")
    }
    let x = try input.contiguousData().reshape([batch, classes])
    let wv = try weight.map { try $0.toType(input.dtype).doubleValues() }
    let out: Tensor
    func compute<T: TensorElement & BinaryFloatingPoint>(_: T.Type) throws -> Tensor {
      let p = x.pointer(T.self)
      let wt = wv.map { $0.map { T($0) } }
      if reduction == .none {
        var vals = [T](repeating: 0, count: batch)
        for b in 0..<batch where tgt[b] != ignoreIndex {
          let t = Int(tgt[b])
          vals[b] = -(p[b * classes + t] * (wt?[t] ?? 1))
        }
        return try x.context.tensor(vals, shape: input.dim == 1 ? [] : [batch])
      }
      let levels = 8
      let levelPower = Swift.max(4, CascadeSum.ceilLog2(batch) / levels)
      let levelMask = (1 << levelPower) - 1
      var wsum = [T](repeating: 0, count: levels), lsum = [T](repeating: 0, count: levels)
      var ignored = 0
      for b in 0..<batch {
        let t = tgt[b]
        if t == ignoreIndex {
          ignored += 1
          continue
        }
        let v = p[b * classes + Int(t)]
        if let wt {
          let wvv = wt[Int(t)]
          wsum[0] += wvv
          lsum[0] -= v * wvv
        } else {
          lsum[0] -= v
        }
        for j in 0..<(levels - 1) {
          if (b & (levelMask << (j * levelPower))) != 0 { break }
          wsum[j + 1] += wsum[j]
          lsum[j + 1] += lsum[j]
          wsum[j] = 0
          lsum[j] = 0
        }
      }
      var total: T = 0
      if wt != nil { for w in wsum { total += w } } else { total = T(batch - ignored) }
      var loss: T = 0
      for l in lsum { loss += l }
      if reduction == .mean { loss /= total }
      return try x.context.tensor([loss], shape: [])
    }
    out = input.dtype == .float64 ? try compute(Double.self) : try compute(Float.self)
    if gradNeeded(input) {
      let ctx = input.context, inShape = input.shape
      record("NllLossBackward0", out, [input]) { g in
        var totalW = 0.0
        for t in tgt where t != ignoreIndex { totalW += wv?[Int(t)] ?? 1 }
        let gv = try g.toType(.float64).doubleValues()
        var grad = [Double](repeating: 0, count: batch * classes)
        for b in 0..<batch where tgt[b] != ignoreIndex {
          let t = Int(tgt[b])
          var v = -(wv?[t] ?? 1) * (reduction == .none ? gv[b] : gv[0])
          if reduction == .mean { v /= totalW }
          grad[b * classes + t] = v
        }
        return [try ctx.tensor(grad, shape: inShape).toType(g.dtype)]
      }
    }
    return out
  }

  /// `F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)`: log_softmax over dim 1
  /// then nll_loss; float targets are class probabilities.
  public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                                  reduction: Reduction = .mean, labelSmoothing: Double = 0) throws -> Tensor {
    guard labelSmoothing >= 0 && labelSmoothing <= 1 else {
      throw TorchError.runtime("label_smoothing must be between 0.0 and 1.0. Got: \(PyFormat.floatRepr(labelSmoothing))")
    }
    let classDim = input.dim == 1 ? 0 : 1
    let logp = try input.logSoftmax(dim: classDim)
    let classes = input.shape[classDim]
    if target.dtype.isFloatingPoint {
      guard target.shape == input.shape else {
        throw TorchError.runtime("Expected target size \(Tensor.formatList(input.shape)), got \(Tensor.formatList(target.shape))")
      }
      var tg = target
      if labelSmoothing > 0 { tg = try target.mul(.float(1 - labelSmoothing)).add(.float(labelSmoothing / Double(classes))) }
      var prod = try logp.mul(tg)
      if let weight { prod = try prod.mul(weight.reshape([classes] + [Int](repeating: 1, count: input.dim - classDim - 1))) }
      let per = try prod.sum(dim: classDim).neg()
      switch reduction {
      case .none: return per
      case .sum: return try per.sum()
      case .mean: return try per.sum().div(.float(Double(input.numel / Swift.max(classes, 1))))
      }
    }
    let nll = try nllLoss(logp, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
    guard labelSmoothing > 0 else { return nll }
    let ignoreMask = try target.eq(.int(ignoreIndex))
    var weighted = logp
    if let weight {
      weighted = try logp.mul(weight.reshape([classes] + [Int](repeating: 1, count: input.dim - classDim - 1)))
    }
    var smooth = try weighted.sum(dim: classDim).neg()
    smooth = try smooth.maskedFill(ignoreMask, 0)
    let ret: Tensor
    switch reduction {
    case .none: ret = smooth
    case .sum: ret = try smooth.sum()
    case .mean:
      if let weight {
        let kept = try target.maskedSelect(ignoreMask.logicalNot())
        ret = try smooth.sum().div(weight.gather(0, kept.reshape([-1])).sum())
      } else {
        ret = try smooth.sum().div(ignoreMask.logicalNot().sum())
      }
    }
    return try nll.mul(.float(1 - labelSmoothing)).add(ret.mul(.float(labelSmoothing / Double(classes))))
  }

  private static func reduce(_ t: Tensor, _ r: Reduction) throws -> Tensor {
    switch r {
    case .none: return t
    case .sum: return try t.sum()
    case .mean: return try t.mean()
    }
  }

  private static func checkSameShape(_ input: Tensor, _ target: Tensor) throws {
    guard input.shape == target.shape else {
      _ = try Tensor.broadcastShapes(input.shape, target.shape)
      return
    }
  }

  /// `F.mse_loss(input, target, reduction)` (MseLossBackward0).
  public static func mseLoss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws -> Tensor {
    try checkSameShape(input, target)
    let d = try input.sub(target)
    return try reduce(d.mul(d), reduction).renamingGradFn("MseLossBackward0")
  }

  /// `F.l1_loss(input, target, reduction)`: mean |input - target| (a composite in torch: MeanBackward0).
  public static func l1Loss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws -> Tensor {
    try checkSameShape(input, target)
    return try reduce(input.sub(target).abs(), reduction)
  }

  /// `F.binary_cross_entropy(input, target, weight, reduction)` on probabilities, logs clamped at -100
  /// (BinaryCrossEntropyBackward0).
  public static func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                        reduction: Reduction = .mean) throws -> Tensor {
    guard input.shape == target.shape else {
      throw TorchError.value(
        "Using a target size (\(target.size)) that is different to the input size (\(input.size)) is deprecated. Please ensure they have the same size.")
    }
    let vals = input.doubleValues()
    if vals.contains(where: { $0 < 0 || $0 > 1 }) {
      throw TorchError.runtime("all elements of input should be between 0 and 1")
    }
    let logx = try input.log().clamp(min: -100)
    let log1mx = try input.rsub(1).log().clamp(min: -100)
    var loss = try target.mul(logx).add(target.rsub(1).mul(log1mx)).neg()
    if let weight { loss = try loss.mul(weight) }
    return try reduce(loss, reduction).renamingGradFn("BinaryCrossEntropyBackward0")
  }

  /// `F.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction)`:
  /// (1 - t)·x - log_sigmoid(x) (pos_weight scales the log-sigmoid term) (BinaryCrossEntropyWithLogitsBackward0).
  public static func binaryCrossEntropyWithLogits(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                                  posWeight: Tensor? = nil, reduction: Reduction = .mean) throws -> Tensor {
    guard input.shape == target.shape else {
      throw TorchError.value("Target size (\(target.size)) must be the same as input size (\(input.size))")
    }
    // log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|))
    let logSig = try input.clamp(max: 0).sub(input.abs().neg().exp().log1p())
    var term = logSig
    if let posWeight { term = try logSig.mul(posWeight.sub(1).mul(target).add(1)) }
    var loss = try target.rsub(1).mul(input).sub(term)
    if let weight { loss = try loss.mul(weight) }
    return try reduce(loss, reduction).renamingGradFn("BinaryCrossEntropyWithLogitsBackward0")
  }
}

extension Tensor {
  /// `torch.movedim(self, source, destination)` for one dim (a permute).
  public func movedim(_ source: Int, to destination: Int) throws -> Tensor {
    let s = try normalizeDim(source), d = try normalizeDim(destination)
    var order = Array(0..<dim)
    order.remove(at: s)
    order.insert(s, at: d)
    return try permute(order)
  }
}
