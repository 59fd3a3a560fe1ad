// Broadcasting and torch's result-type rules.
extension Tensor {
  /// The broadcast shape of two shapes, or torch's size-mismatch error.
  static func broadcastShapes(_ a: [Int], _ b: [Int]) throws -> [Int] {
    if a == b { return a }
    let n = Swift.max(a.count, b.count)
    var out = [Int](repeating: 1, count: n)
    for i in (0..<n).reversed() {  // torch reports the last mismatching dimension
      let da = i - (n - a.count), db = i - (n - b.count)
      let sa = da >= 0 ? a[da] : 1
      let sb = db >= 0 ? b[db] : 1
      if sa == sb || sb == 1 {
        out[i] = sa
      } else if sa == 1 {
        out[i] = sb
      } else {
        throw TorchError.runtime(
          "The size of tensor a (\(sa)) must match the size of tensor b (\(sb)) at non-singleton dimension \(i)")
      }
    }
    return out
  }

  /// A stride-0 view of this tensor's data broadcast to `target` (no autograd, shape already validated).
  func broadcastData(to target: [Int]) -> Tensor {
    if shape == target { return self }
    let lead = target.count - dim
    var st = [Int](repeating: 0, count: target.count)
    for i in 0..<dim where shape[i] != 1 || target[i + lead] == 1 { st[i + lead] = strides[i] }
    return makeView(shape: target, strides: st, offset: storageOffset)
  }

  /// Sums a broadcast gradient back down to `target` (the reverse of broadcasting).
  func sumToShape(_ target: [Int]) throws -> Tensor {
    if shape == target { return self }
    let lead = dim - target.count
    guard lead >= 0 else { return try reshape(target) }
    var dims: [Int] = []
    for i in 0..<dim {
      if i < lead { dims.append(i) } else if target[i - lead] == 1 && shape[i] != 1 { dims.append(i) }
    }
    var r = self
    if !dims.isEmpty { r = try r.sum(dims: dims, keepDim: true) }
    if lead > 0 || r.shape != target { r = try r.reshape(target) }
    return r
  }
}

/// torch's result_type over operands: dimensioned tensors beat 0-d tensors beat Python scalars.
func resultType(_ operands: [Tensor]) -> DType {
  var dimR: DType? = nil, zeroR: DType? = nil, wrapR: DType? = nil
  for t in operands {
    var d = t.dtype
    if t.isWrappedNumber {
      if d.isFloatingPoint { d = t.context.defaultDType } else if d.isInteger { d = .int64 }
      wrapR = wrapR.map { DType.promote($0, d) } ?? d
    } else if t.dim == 0 {
      zeroR = zeroR.map { DType.promote($0, d) } ?? d
    } else {
      dimR = dimR.map { DType.promote($0, d) } ?? d
    }
  }
  func combine(_ higher: DType?, _ lower: DType?) -> DType? {
    guard let h = higher else { return lower }
    if h.isFloatingPoint { return h }
    if let l = lower, h == .bool || l.isFloatingPoint { return DType.promote(h, l) }
    return h
  }
  return combine(dimR, combine(zeroR, wrapR)) ?? .float32
}
