// Joining and tiling: cat, stack, repeat.
extension Tensor {
  /// `torch.cat(tensors, dim)` (CatBackward0). 1-D empty tensors are skipped, as in torch.
  public static func cat(_ tensors: [Tensor], dim d: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TorchError.runtime("torch.cat(): expected a non-empty list of Tensors") }
    let parts = tensors.filter { !($0.dim == 1 && $0.numel == 0) }
    guard let ref = parts.first else { return try first.clone() }
    let n = try ref.normalizeDim(d)
    let dt = resultType(parts.map { t -> Tensor in t })
    var total = 0
    for (i, t) in parts.enumerated() {
      guard t.dim == ref.dim else {
        throw TorchError.runtime(
          "Tensors must have same number of dimensions: got \(ref.dim) and \(t.dim)")
      }
      for k in 0..<ref.dim where k != n && t.shape[k] != ref.shape[k] {
        throw TorchError.runtime(
          "Sizes of tensors must match except in dimension \(n). Expected size \(ref.shape[k]) but got size \(t.shape[k]) for tensor number \(i) in the list.")
      }
      total += t.shape[n]
    }
    var shape = ref.shape
    shape[n] = total
    let out = try Tensor(context: ref.context, shape: shape, dtype: dt)
    var offset = 0
    for t in parts {
      var st = out.strides
      var sh = shape
      sh[n] = t.shape[n]
      st[n] = out.strides[n]
      out.makeView(shape: sh, strides: st, offset: offset * out.strides[n]).writeData(from: t)
      offset += t.shape[n]
    }
    if gradNeeded(parts) {
      let sizes = parts.map { $0.shape[n] }
      record("CatBackward0", out, parts, saves: false) { g in
        var s = 0
        return try zip(parts, sizes).map { t, len in
          defer { s += len }
          return t.requiresGrad ? try g.slice(n, start: s, end: s + len).toType(t.dtype) : nil
        }
      }
    }
    return out
  }

  /// `torch.stack(tensors, dim)` (StackBackward0).
  public static func stack(_ tensors: [Tensor], dim d: Int = 0) throws -> Tensor {
    guard let ref = tensors.first else { throw TorchError.runtime("stack expects a non-empty TensorList") }
    for (i, t) in tensors.enumerated() where t.shape != ref.shape {
      throw TorchError.runtime(
        "stack expects each tensor to be equal size, but got \(formatList(ref.shape)) at entry 0 and \(formatList(t.shape)) at entry \(i)")
    }
    let n = try normalize(dim: d, rank: ref.dim + 1)
    let out = try ref.context.withGradMode(false) { try cat(tensors.map { try $0.unsqueeze(n) }, dim: n) }
    if gradNeeded(tensors) {
      record("StackBackward0", out, tensors, saves: false) { g in
        try tensors.enumerated().map { i, t in t.requiresGrad ? try g.select(n, i) : nil }
      }
    }
    return out
  }

  /// `tensor.repeat(*sizes)`: tiles the tensor (RepeatBackward0).
  public func `repeat`(_ reps: [Int]) throws -> Tensor {
    guard reps.count >= dim else {
      throw TorchError.runtime(
        "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    }
    guard reps.allSatisfy({ $0 >= 0 }) else {
      throw TorchError.runtime("Trying to create tensor with negative dimension \(reps.first { $0 < 0 } ?? -1): \(Tensor.formatList(reps))")
    }
    let lead = reps.count - dim
    let padded = [Int](repeating: 1, count: lead) + shape
    // View as [1, s0, 1, s1, ...] expanded to [r0, s0, r1, s1, ...], then reshape.
    var exShape: [Int] = [], viewShape: [Int] = []
    for (r, s) in zip(reps, padded) {
      viewShape += [1, s]
      exShape += [r, s]
    }
    let outShape = try zip(reps, padded).map { r, s -> Int in
      let (m, o) = r.multipliedReportingOverflow(by: s)
      if o { throw TorchError.runtime("numel: integer multiplication overflow") }
      return m
    }
    _ = try Tensor.checkedNumel(outShape)
    let out = try context.withGradMode(false) {
      try contiguousData().reshape(viewShape).expand(exShape).contiguousData().reshape(outShape)
    }
    if gradNeeded(self) {
      let inShape = shape
      record("RepeatBackward0", out, [self], saves: false) { g in
        var gs: [Int] = []
        for (r, s) in zip(reps, padded) { gs += [r, s] }
        let summed = try g.reshape(gs).sum(dims: Array(Swift.stride(from: 0, to: gs.count, by: 2)))
        return [try summed.reshape(inShape)]
      }
    }
    return out
  }
}
