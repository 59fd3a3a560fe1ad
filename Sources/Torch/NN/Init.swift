#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `torch.nn.init` and the default parameter initialisations of torch's modules, drawing from the generator
/// in torch's order (torch-rng.md §5).
public enum Init {
  /// fan_in of a weight: size(1) × receptive field.
  public static func fanIn(_ t: Tensor) throws -> Int {
    guard t.dim >= 2 else {
      throw TorchError.value("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    }
    return t.shape[1] * t.shape[2...].reduce(1, *)
  }

  /// `nn.init.kaiming_uniform_(t, a=sqrt(5))` as Linear uses it.
  @discardableResult
  public static func kaimingUniform_(_ t: Tensor, a: Double = 5.0.squareRoot(), generator: Generator? = nil) throws -> Tensor {
    let fan = try fanIn(t)
    if t.numel == 0 { return t }
    let gain = (2.0 / (1 + a * a)).squareRoot()
    let std = gain / Double(fan).squareRoot()
    let bound = 3.0.squareRoot() * std
    return try t.context.withGradMode(false) { try t.uniform_(from: -bound, to: bound, generator: generator) }
  }

  /// Makes a parameter (leaf, requires_grad, printed as `Parameter containing:`).
  public static func parameter(_ t: Tensor, requiresGrad: Bool = true) throws -> Tensor {
    let p = t.detach()
    try p.requiresGrad(requiresGrad)
    p.isParameter = true
    return p
  }

  /// `nn.Linear(in, out, bias)` parameters: weight [out, in] (kaiming uniform), then bias [out].
  public static func linear(_ ctx: TorchContext, inFeatures: Int, outFeatures: Int, bias: Bool = true,
                            dtype: DType? = nil, generator: Generator? = nil) throws -> (weight: Tensor, bias: Tensor?) {
    let w = try ctx.empty([outFeatures, inFeatures], dtype: dtype)
    try kaimingUniform_(w, generator: generator)
    var b: Tensor? = nil
    if bias {
      let bt = try ctx.empty([outFeatures], dtype: dtype)
      let bound = inFeatures > 0 ? 1 / Double(inFeatures).squareRoot() : 0
      try bt.uniform_(from: -bound, to: bound, generator: generator)
      b = try parameter(bt)
    }
    return (try parameter(w), b)
  }

  /// The recurrent kind: number of gate blocks G (RNN 1, LSTM 4, GRU 3).
  public enum RecurrentKind: Sendable {
    case rnnTanh, rnnRelu, lstm, gru
    /// Gate blocks stacked in the weights.
    public var gates: Int {
      switch self {
      case .rnnTanh, .rnnRelu: return 1
      case .lstm: return 4
      case .gru: return 3
      }
    }
  }

  /// `nn.RNNCell/LSTMCell/GRUCell` parameters in order weight_ih, weight_hh, bias_ih, bias_hh, all U(-1/√H, 1/√H).
  public static func rnnCell(_ ctx: TorchContext, kind: RecurrentKind, inputSize: Int, hiddenSize: Int, bias: Bool = true,
                             dtype: DType? = nil, generator: Generator? = nil) throws -> [(name: String, tensor: Tensor)] {
    guard hiddenSize >= 0, inputSize >= 0, hiddenSize < (1 << 40), inputSize < (1 << 40) else {
      throw TorchError.runtime("Trying to create tensor with negative dimension \(Swift.min(hiddenSize, inputSize)): [\(hiddenSize), \(inputSize)]")
    }
    let g = kind.gates
    var shapes: [(String, [Int])] = [("weight_ih", [g * hiddenSize, inputSize]), ("weight_hh", [g * hiddenSize, hiddenSize])]
    if bias { shapes += [("bias_ih", [g * hiddenSize]), ("bias_hh", [g * hiddenSize])] }
    return try uniformParameters(ctx, shapes, hiddenSize: hiddenSize, dtype: dtype, generator: generator)
  }

  /// `nn.RNN/LSTM/GRU` parameters with torch's names and order (layer, then direction, then ih, hh, biases).
  public static func rnn(_ ctx: TorchContext, kind: RecurrentKind, inputSize: Int, hiddenSize: Int, numLayers: Int = 1,
                         bias: Bool = true, bidirectional: Bool = false, dtype: DType? = nil,
                         generator: Generator? = nil) throws -> [(name: String, tensor: Tensor)] {
    guard numLayers >= 1 else { throw TorchError.value("num_layers must be greater than or equal to 1") }
    guard hiddenSize > 0 else { throw TorchError.value("hidden_size must be greater than zero") }
    guard inputSize >= 0, hiddenSize < (1 << 40), inputSize < (1 << 40), numLayers < (1 << 20) else {
      throw TorchError.runtime("RNN sizes are too large")
    }
    let g = kind.gates, dirs = bidirectional ? 2 : 1
    var shapes: [(String, [Int])] = []
    for layer in 0..<numLayers {
      for d in 0..<dirs {
        let sfx = d == 1 ? "_reverse" : ""
        let lin = layer == 0 ? inputSize : hiddenSize * dirs
        shapes.append(("weight_ih_l\(layer)\(sfx)", [g * hiddenSize, lin]))
        shapes.append(("weight_hh_l\(layer)\(sfx)", [g * hiddenSize, hiddenSize]))
        if bias {
          shapes.append(("bias_ih_l\(layer)\(sfx)", [g * hiddenSize]))
          shapes.append(("bias_hh_l\(layer)\(sfx)", [g * hiddenSize]))
        }
      }
    }
    return try uniformParameters(ctx, shapes, hiddenSize: hiddenSize, dtype: dtype, generator: generator)
  }

  private static func uniformParameters(_ ctx: TorchContext, _ shapes: [(String, [Int])], hiddenSize: Int,
                                        dtype: DType?, generator: Generator?) throws -> [(name: String, tensor: Tensor)] {
    let stdv = hiddenSize > 0 ? 1.0 / Double(hiddenSize).squareRoot() : 0
    return try shapes.map { name, shape in
      let t = try ctx.empty(shape, dtype: dtype)
      try t.uniform_(from: -stdv, to: stdv, generator: generator)
      return (name, try parameter(t))
    }
  }

  /// `nn.Embedding(N, D, padding_idx)` weight: normal(0, 1), then row padding_idx zeroed (no extra draws).
  public static func embedding(_ ctx: TorchContext, numEmbeddings: Int, embeddingDim: Int, paddingIdx: Int? = nil,
                               dtype: DType? = nil, generator: Generator? = nil) throws -> Tensor {
    let w = try ctx.empty([numEmbeddings, embeddingDim], dtype: dtype)
    try w.normal_(mean: 0, std: 1, generator: generator)
    if let p = paddingIdx {
      guard p >= -numEmbeddings && p < numEmbeddings else {
        throw TorchError.value("Padding_idx must be within num_embeddings")
      }
      try w.selectData(0, p < 0 ? p + numEmbeddings : p).fillData(0)
    }
    return try parameter(w)
  }
}
