// Selection reductions: max/min (full and per dim), argmax/argmin, sort, topk.
extension Tensor {
  /// Sort key with NaN as the largest value (torch's ordering).
  @inline(__always) static func greater(_ a: Double, _ b: Double) -> Bool {
    if a.isNaN { return !b.isNaN }
    if b.isNaN { return false }
    return a > b
  }

  /// For each lane along dim `n`: the lane's flat element indices (row-major) in order.
  private func lanes(_ n: Int) -> [[Int]] {
    let (outer, size, inner) = outerInner(n)
    var out: [[Int]] = []
    out.reserveCapacity(outer * inner)
    for b in 0..<outer {
      for j in 0..<inner { out.append((0..<size).map { (b * size + $0) * inner + j }) }
    }
    return out
  }

  private func extremeIndex(_ vals: [Double], _ lane: [Int], largest: Bool) -> Int {
    var best = 0
    for k in 1..<Swift.max(lane.count, 1) {
      let v = vals[lane[k]], b = vals[lane[best]]
      if b.isNaN { break }
      if largest ? Tensor.greater(v, b) : (v.isNaN || v < b) { best = k }
    }
    return best
  }

  /// `tensor.max()` over all elements (MaxBackward1: gradient shared evenly among ties).
  public func max() throws -> Tensor { try extremeAll(largest: true) }
  /// `tensor.min()` over all elements (MinBackward1).
  public func min() throws -> Tensor { try extremeAll(largest: false) }

  private func extremeAll(largest: Bool) throws -> Tensor {
    guard numel > 0 else {
      throw TorchError.runtime(
        "\(largest ? "max" : "min")(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
    }
    let flat = try contiguousData().reshape([-1])
    let vals = flat.doubleValues()
    let k = extremeIndex(vals, Array(0..<vals.count), largest: largest)
    let out = try flat.selectData(0, k).copyData(to: dtype)
    if gradNeeded(self) {
      let a = self
      record(largest ? "MaxBackward1" : "MinBackward1", out, [self]) { g in
        let mask = try a.eq(out.detach()).toType(g.dtype)
        return [try mask.mul(g.div(mask.sum()))]
      }
    }
    return out
  }

  /// `tensor.max(dim, keepdim)` → (values, indices) (MaxBackward0).
  public func max(dim d: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extremeDim(d, keepDim: keepDim, largest: true)
  }

  /// `tensor.min(dim, keepdim)` → (values, indices) (MinBackward0).
  public func min(dim d: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extremeDim(d, keepDim: keepDim, largest: false)
  }

  private func extremeDim(_ d: Int, keepDim: Bool, largest: Bool) throws -> (values: Tensor, indices: Tensor) {
    let n = try normalizeDim(d)
    guard dim == 0 || shape[n] > 0 else {
      throw TorchError.index(
        "\(largest ? "max" : "min")(): Expected reduction dim \(n) to have non-zero size.")
    }
    let src = try contiguousData()
    let vals = src.doubleValues()
    let idx = src.lanes(n).map { Int64(extremeIndex(vals, $0, largest: largest)) }
    let keptShape = dim == 0 ? [] : reducedShape([n], keepDim: true)
    let indices = try context.tensor(idx, shape: keptShape)
    let values = try context.withGradMode(false) { try src.gather(n, indices) }
    let outShape = dim == 0 ? [] : reducedShape([n], keepDim: keepDim)
    let v = try values.reshape(outShape), i = try indices.reshape(outShape)
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record(largest ? "MaxBackward0" : "MinBackward0", v, [self]) { g in
        [try ctx.zeros(inShape, dtype: g.dtype).scatter(n, indices, g.reshape(keptShape))]
      }
    }
    return (v, i)
  }

  /// `torch.argmax(self, dim=None, keepdim=False)`: first index of the maximum (flattened when dim is nil).
  public func argmax(dim d: Int? = nil, keepDim: Bool = false) throws -> Tensor {
    try context.withGradMode(false) {
      guard let d else { return try contiguousData().reshape([-1]).max(dim: 0).indices }
      return try self.max(dim: d, keepDim: keepDim).indices
    }
  }

  /// `torch.argmin(self, dim=None, keepdim=False)`.
  public func argmin(dim d: Int? = nil, keepDim: Bool = false) throws -> Tensor {
    try context.withGradMode(false) {
      guard let d else { return try contiguousData().reshape([-1]).min(dim: 0).indices }
      return try self.min(dim: d, keepDim: keepDim).indices
    }
  }

  /// `tensor.sort(dim=-1, descending=False, stable)` → (values, indices); always stable (SortBackward0).
  public func sort(dim d: Int = -1, descending: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    let n = try normalizeDim(d)
    let src = try contiguousData()
    let vals = src.doubleValues()
    var order = [Int64](repeating: 0, count: Swift.max(vals.count, dim == 0 ? 1 : 0))
    for lane in src.lanes(n) {
      let sorted = lane.indices.sorted { x, y in
        let a = vals[lane[x]], b = vals[lane[y]]
        let before = descending ? Tensor.greater(a, b) : Tensor.greater(b, a)
        if before { return true }
        let after = descending ? Tensor.greater(b, a) : Tensor.greater(a, b)
        return !after && x < y
      }
      for (k, s) in sorted.enumerated() { order[lane[k]] = Int64(s) }
    }
    let indices = try context.tensor(Array(order.prefix(vals.count)), shape: shape)
    let values = try context.withGradMode(false) { try src.gather(dim == 0 ? 0 : n, indices) }
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("SortBackward0", values, [self]) { g in [try ctx.zeros(inShape, dtype: g.dtype).scatter(n, indices, g)] }
    }
    return (values, indices)
  }

  /// `torch.topk(self, k, dim=-1, largest=True, sorted=True)` → (values, indices) (TopkBackward0).
  public func topk(_ k: Int, dim d: Int = -1, largest: Bool = true) throws -> (values: Tensor, indices: Tensor) {
    let n = try normalizeDim(d)
    let size = dim == 0 ? 1 : shape[n]
    guard k >= 0 && k <= size else { throw TorchError.runtime("selected index k out of range") }
    let (_, idx) = try context.withGradMode(false) { try sort(dim: n, descending: largest) }
    let indices = try idx.slice(dim == 0 ? 0 : n, start: 0, end: k).contiguousData()
    let values = try context.withGradMode(false) { try gather(n, indices) }
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("TopkBackward0", values, [self]) { g in [try ctx.zeros(inShape, dtype: g.dtype).scatter(n, indices, g)] }
    }
    return (values, indices)
  }
}
