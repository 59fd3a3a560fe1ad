/// `torch.nn.functional` kernels with autograd. Module classes (in the Python binding) hold the parameters
/// and call these.
public enum Functional {
  /// `F.linear(input, weight, bias)`: input @ weightᵀ + bias, as torch dispatches it
  /// (2-D with bias → addmm; contiguous N-D with bias → flatten, addmm, view; otherwise matmul then add_).
  public static func linear(_ input: Tensor, weight: Tensor, bias: Tensor? = nil) throws -> Tensor {
    guard input.dim >= 1 else {
      throw TorchError.runtime("both arguments to linear need to be at least 1D, but they are 0D and \(weight.dim)D")
    }
    let inFeatures = input.shape[input.dim - 1]
    let fused = bias != nil && (input.dim == 2 || input.isContiguous)  // torch's addmm path
    guard weight.dim == 2, weight.shape[1] == inFeatures else {
      let rows = input.numel / Swift.max(inFeatures, 1)
      throw TorchError.runtime(
        "\(fused ? "addmm" : "mm"): mat1 and mat2 shapes cannot be multiplied (\(rows)x\(inFeatures) and \(weight.dim == 2 ? weight.shape[1] : weight.numel)x\(weight.shape.first ?? 0))")
    }
    if let bias, fused {
      if input.dim == 2 { return try Tensor.addmm(bias, input, weight.t()) }
      // 1-D and contiguous N-D inputs: addmm on a [-1, in] view, then _unsafe_view back (UnsafeViewBackward0).
      let flat = try input.view([-1, inFeatures])
      let r = try Tensor.addmm(bias, flat, weight.t())
      return try r.unsafeView(Array(input.shape.dropLast()) + [weight.shape[0]])
    }
    let out = try input.matmul(weight.t())
    guard let bias else { return out }
    return try out.add_(bias)
  }

  /// `torch.rnn_tanh_cell`: tanh(linear(x, w_ih, b_ih) + linear(h, w_hh, b_hh)) (grad_fn TanhBackward0).
  public static func rnnTanhCell(_ input: Tensor, _ hx: Tensor, weightIH: Tensor, weightHH: Tensor,
                                 biasIH: Tensor?, biasHH: Tensor?) throws -> Tensor {
    try checkCell(input, hx, weightIH: weightIH, weightHH: weightHH)
    return try linear(hx, weight: weightHH, bias: biasHH).add_(linear(input, weight: weightIH, bias: biasIH)).tanh()
  }

  /// `torch.rnn_relu_cell`: relu(linear(x, w_ih, b_ih) + linear(h, w_hh, b_hh)) (grad_fn ReluBackward0).
  public static func rnnReluCell(_ input: Tensor, _ hx: Tensor, weightIH: Tensor, weightHH: Tensor,
                                 biasIH: Tensor?, biasHH: Tensor?) throws -> Tensor {
    try checkCell(input, hx, weightIH: weightIH, weightHH: weightHH)
    return try linear(hx, weight: weightHH, bias: biasHH).add_(linear(input, weight: weightIH, bias: biasIH)).relu()
  }

  /// `torch.lstm_cell`: gates i, f, g, o; returns (h', c') with c' = f*c + i*g and h' = o*tanh(c').
  public static func lstmCell(_ input: Tensor, _ hx: Tensor, _ cx: Tensor, weightIH: Tensor, weightHH: Tensor,
                              biasIH: Tensor?, biasHH: Tensor?) throws -> (Tensor, Tensor) {
    try checkCell(input, hx, weightIH: weightIH, weightHH: weightHH)
    let gates = try linear(hx, weight: weightHH, bias: biasHH).add_(linear(input, weight: weightIH, bias: biasIH))
    return try lstmGates(gates, cx)
  }

  /// The LSTM cell after the gate pre-activations are summed (shared with the sequence forward).
  static func lstmGates(_ gates: Tensor, _ cx: Tensor) throws -> (Tensor, Tensor) {
    let chunks = try gates.chunk(4, dim: 1)
    let i = try chunks[0].sigmoid(), f = try chunks[1].sigmoid()
    let g = try chunks[2].tanh(), o = try chunks[3].sigmoid()
    let cy = try f.mul(cx).add_(i.mul(g))
    let hy = try o.mul(cy.tanh())
    return (hy, cy)
  }

  /// `torch.gru_cell`: gates r, z, n with n = tanh(W_in x + b_in + r*(W_hn h + b_hn)); h' = (h - n)*z + n.
  public static func gruCell(_ input: Tensor, _ hx: Tensor, weightIH: Tensor, weightHH: Tensor,
                             biasIH: Tensor?, biasHH: Tensor?) throws -> Tensor {
    try checkCell(input, hx, weightIH: weightIH, weightHH: weightHH)
    let igates = try linear(input, weight: weightIH, bias: biasIH)
    return try gruGates(igates, hx, weightHH: weightHH, biasHH: biasHH)
  }

  /// The GRU cell given the input projection (shared with the sequence forward).
  static func gruGates(_ igates: Tensor, _ hx: Tensor, weightHH: Tensor, biasHH: Tensor?) throws -> Tensor {
    let ic = try igates.chunk(3, dim: 1)
    let hc = try linear(hx, weight: weightHH, bias: biasHH).chunk(3, dim: 1)
    let r = try hc[0].add(ic[0]).sigmoid()
    let z = try hc[1].add(ic[1]).sigmoid()
    let n = try ic[2].add(hc[2].mul(r)).tanh()
    return try hx.sub(n).mul(z).add(n)
  }

  private static func checkCell(_ input: Tensor, _ hx: Tensor, weightIH: Tensor, weightHH: Tensor) throws {
    let inSize = weightIH.shape.count == 2 ? weightIH.shape[1] : 0
    guard input.dim == 2, input.shape[1] == inSize else {
      throw TorchError.runtime("input has inconsistent input_size: got \(input.shape.last ?? 0) expected \(inSize)")
    }
    guard hx.dim == 2, hx.shape[0] == input.shape[0] else {
      throw TorchError.runtime("Input batch size \(input.shape[0]) doesn't match hidden0 batch size \(hx.shape.first ?? 0)")
    }
    let hSize = weightHH.shape.count == 2 ? weightHH.shape[1] : 0
    guard hx.shape[1] == hSize else {
      throw TorchError.runtime("hidden0 has inconsistent hidden_size: got \(hx.shape[1]), expected \(hSize)")
    }
  }
}
