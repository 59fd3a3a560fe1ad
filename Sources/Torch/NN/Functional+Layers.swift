// Embedding, dropout and layer norm.
extension Tensor {
  /// Renames this tensor's grad_fn (for ops computed as a composite but reported under torch's node name).
  func renamingGradFn(_ name: String) -> Tensor {
    gradFn?.name = name
    return self
  }
}

extension Functional {
  /// `F.embedding(input, weight, padding_idx)`: rows of `weight` picked by int64 `input` (EmbeddingBackward0);
  /// the padding row gets no gradient.
  public static func embedding(_ input: Tensor, weight: Tensor, paddingIdx: Int? = nil) throws -> Tensor {
    guard input.dtype == .int64 || input.dtype == .int32 else {
      throw TorchError.runtime(
        "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.\(input.dtype.legacyName)Tensor instead (while checking arguments for embedding)")
    }
    guard weight.dim == 2 else { throw TorchError.runtime("'weight' must be 2-D") }
    let n = weight.shape[0], dd = weight.shape[1]
    let idx = input.int64Values()
    for v in idx where v < 0 || v >= Int64(n) { throw TorchError.index("index out of range in self") }
    let rows = try weight.context.withGradMode(false) {
      try weight.indexSelect(0, weight.context.tensor(idx, shape: [idx.count]))
    }
    let out = try rows.reshape(input.shape + [dd])
    let pad = paddingIdx.map { $0 < 0 ? $0 + n : $0 }
    if gradNeeded(weight) {
      let ctx = weight.context
      record("EmbeddingBackward0", out, [weight]) { g in
        let gv = try g.contiguousData().reshape([-1, dd]).doubleValues()
        var acc = [Double](repeating: 0, count: n * dd)
        for (k, v) in idx.enumerated() where Int(v) != pad {
          for j in 0..<dd { acc[Int(v) * dd + j] += gv[k * dd + j] }
        }
        return [try ctx.tensor(acc, shape: [n, dd]).toType(g.dtype)]
      }
    }
    return out
  }

  /// `F.dropout(input, p, training)`: input * (bernoulli(1-p) / (1-p)) in training mode (MulBackward0).
  public static func dropout(_ input: Tensor, p: Double = 0.5, training: Bool = true, generator: Generator? = nil) throws -> Tensor {
    guard p >= 0 && p <= 1 else {
      throw TorchError.value("dropout probability has to be between 0 and 1, but got \(PyFormat.floatRepr(p))")
    }
    guard training && p > 0 else { return input }
    if p == 1 { return try input.mul(0) }
    let noise = try input.context.empty(input.shape, dtype: input.dtype)
    try noise.bernoulli_(1 - p, generator: generator)
    try noise.context.withGradMode(false) { _ = try noise.div_(.float(1 - p)) }
    return try input.mul(noise)
  }

  /// `F.layer_norm(input, normalized_shape, weight, bias, eps)`: (x - mean) / sqrt(var + eps) * w + b over the
  /// last dims (biased variance; NativeLayerNormBackward0).
  public static func layerNorm(_ input: Tensor, normalizedShape: [Int], weight: Tensor? = nil, bias: Tensor? = nil,
                               eps: Double = 1e-5) throws -> Tensor {
    let k = normalizedShape.count
    guard k >= 1, k <= input.dim, Array(input.shape.suffix(k)) == normalizedShape else {
      throw TorchError.runtime(
        "Given normalized_shape=\(Tensor.formatList(normalizedShape)), expected input with shape [*, \(normalizedShape.map(String.init).joined(separator: ", "))], but got input of size\(Tensor.formatList(input.shape))")
    }
    let dims = Array((input.dim - k)..<input.dim)
    let mean = try input.mean(dims: dims, keepDim: true)
    let centered = try input.sub(mean)
    let variance = try centered.mul(centered).mean(dims: dims, keepDim: true)
    var out = try centered.mul(variance.add(.float(eps)).rsqrt())
    if let weight { out = try out.mul(weight) }
    if let bias { out = try out.add(bias) }
    return out.renamingGradFn("NativeLayerNormBackward0")
  }
}
