// Splitting views: unbind, split, chunk (multi-output autograd nodes).
extension Tensor {
  /// `tensor.unbind(dim)`: the slices along `dim` (one UnbindBackward0 node shared by all outputs).
  public func unbind(_ d: Int = 0) throws -> [Tensor] {
    let n = try normalizeDim(d)
    guard dim > 0 else { throw TorchError.runtime("Dimension specified as 0 but tensor has no dimensions") }
    let outs = try (0..<shape[n]).map { i in
      try selectData(n, i).viewOfSelf(base: self)
    }
    if gradNeeded(self) {
      let inShape = shape, ctx = context, dt = dtype
      recordMulti("UnbindBackward0", outs, [self]) { grads in
        let z = try ctx.zeros(inShape, dtype: grads.compactMap { $0 }.first?.dtype ?? dt)
        for (i, g) in grads.enumerated() {
          if let g { try z.selectData(n, i).writeData(from: g) }
        }
        return [z]
      }
    }
    return outs
  }

  /// Marks a raw view as a view of `base` (for in-place checks).
  func viewOfSelf(base: Tensor) -> Tensor {
    viewBase = base.viewBase ?? base
    return self
  }

  /// `tensor.split(size, dim)`: chunks of `size` along `dim` (the last may be smaller).
  public func split(_ size: Int, dim d: Int = 0) throws -> [Tensor] {
    let n = try normalizeDim(d)
    guard size > 0 || shape[n] == 0 else {
      throw TorchError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(shape[n])")
    }
    var sizes: [Int] = []
    var s = 0
    while s < shape[n] {
      let len = Swift.min(size, shape[n] - s)
      sizes.append(len)
      s += len
    }
    if sizes.isEmpty { sizes = [0] }
    return try split(sizes: sizes, dim: n)
  }

  /// `tensor.split([sizes], dim)`: chunks with the given sizes (grad_fn SplitWithSizesBackward0 in torch; here
  /// each chunk records SplitBackward0).
  public func split(sizes: [Int], dim d: Int = 0) throws -> [Tensor] {
    let n = try normalizeDim(d)
    guard sizes.reduce(0, +) == shape[n], sizes.allSatisfy({ $0 >= 0 }) else {
      throw TorchError.runtime(
        "split_with_sizes expects split_sizes to sum exactly to \(shape[n]) (input tensor's size at dimension \(n)), but got split_sizes=\(Tensor.formatList(sizes))")
    }
    var outs: [Tensor] = []
    var starts: [Int] = []
    var s = 0
    for len in sizes {
      var st = strides, sh = shape
      sh[n] = len
      st[n] = strides[n]
      outs.append(makeView(shape: sh, strides: st, offset: storageOffset + s * strides[n]).viewOfSelf(base: self))
      starts.append(s)
      s += len
    }
    if gradNeeded(self) {
      let inShape = shape, ctx = context, dt = dtype
      recordMulti("SplitBackward0", outs, [self]) { grads in
        let z = try ctx.zeros(inShape, dtype: grads.compactMap { $0 }.first?.dtype ?? dt)
        for (i, g) in grads.enumerated() {
          if let g { try z.slice(n, start: starts[i], end: starts[i] + sizes[i]).writeData(from: g) }
        }
        return [z]
      }
    }
    return outs
  }

  /// `tensor.chunk(chunks, dim)`.
  public func chunk(_ chunks: Int, dim d: Int = 0) throws -> [Tensor] {
    guard chunks > 0 else { throw TorchError.runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
    let n = try normalizeDim(d)
    let size = shape[n] / chunks + (shape[n] % chunks != 0 ? 1 : 0)
    return try split(Swift.max(size, shape[n] == 0 ? 0 : 1), dim: n)
  }
}
