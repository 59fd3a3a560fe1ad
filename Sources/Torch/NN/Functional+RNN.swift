/// The four weights of one RNN layer direction (`weight_ih_l{k}{_reverse}`, ...).
public struct RNNLayerWeights {
  /// Input-to-hidden weights [G·H, in].
  public var weightIH: Tensor
  /// Hidden-to-hidden weights [G·H, H].
  public var weightHH: Tensor
  /// Input-to-hidden bias [G·H] (nil when bias=False).
  public var biasIH: Tensor?
  /// Hidden-to-hidden bias [G·H] (nil when bias=False).
  public var biasHH: Tensor?
  /// Groups one layer-direction's parameters.
  public init(weightIH: Tensor, weightHH: Tensor, biasIH: Tensor?, biasHH: Tensor?) {
    self.weightIH = weightIH
    self.weightHH = weightHH
    self.biasIH = biasIH
    self.biasHH = biasHH
  }
}

/// Hidden state of one layer direction: h, plus c for LSTM.
struct RNNState {
  var h: Tensor
  var c: Tensor?

  func narrow(_ start: Int, _ length: Int) throws -> RNNState {
    RNNState(h: try h.narrow(0, start: start, length: length), c: try c?.narrow(0, start: start, length: length))
  }

  static func concat(_ parts: [RNNState]) throws -> RNNState {
    let cs = parts.compactMap(\.c)
    return RNNState(h: try Tensor.cat(parts.map(\.h), dim: 0), c: cs.isEmpty ? nil : try Tensor.cat(cs, dim: 0))
  }
}

extension Functional {
  /// One cell step given the input projection `xw` (= linear_ih(x), precomputed as torch does on CPU).
  static func cellStep(_ kind: Init.RecurrentKind, _ xw: Tensor, _ s: RNNState, _ w: RNNLayerWeights) throws -> RNNState {
    switch kind {
    case .rnnTanh:
      return RNNState(h: try linear(s.h, weight: w.weightHH, bias: w.biasHH).add_(xw).tanh(), c: nil)
    case .rnnRelu:
      return RNNState(h: try linear(s.h, weight: w.weightHH, bias: w.biasHH).add_(xw).relu(), c: nil)
    case .lstm:
      let gates = try linear(s.h, weight: w.weightHH, bias: w.biasHH).add_(xw)
      guard let c = s.c else { throw TorchError.runtime("LSTM needs a cell state") }
      let (h2, c2) = try lstmGates(gates, c)
      return RNNState(h: h2, c: c2)
    case .gru:
      return RNNState(h: try gruGates(xw, s.h, weightHH: w.weightHH, biasHH: w.biasHH), c: nil)
    }
  }

  /// Validates the layer list: count, 2-D weights, matching hidden sizes.
  static func checkWeights(_ weights: [RNNLayerWeights], numLayers: Int, dirs: Int) throws {
    guard numLayers >= 1 else { throw TorchError.value("num_layers must be greater than or equal to 1") }
    guard weights.count == numLayers * dirs else {
      throw TorchError.runtime("expected \(numLayers * dirs) layer weights, got \(weights.count)")
    }
    for w in weights {
      guard w.weightIH.dim == 2, w.weightHH.dim == 2, w.weightHH.shape[0] == w.weightIH.shape[0] else {
        throw TorchError.runtime("RNN weights must be 2-D with matching gate sizes")
      }
    }
  }

  /// `torch.rnn_tanh / rnn_relu / lstm / gru` over a padded sequence, as `nn.RNN/LSTM/GRU.forward` calls them.
  ///
  /// - `input`: [T, B, I] ([B, T, I] if `batchFirst`; [T, I] unbatched). `hx`: [L·D, B, H] (`cx` too for LSTM).
  /// - `weights`: one entry per layer and direction, in torch's parameter order (layer 0 fwd, layer 0 rev, ...).
  /// - Returns output [T, B, D·H] (grad_fn StackBackward0/CatBackward0, TransposeBackward1 when batch_first),
  ///   h_n (StackBackward0) and c_n for LSTM. `dropout` applies between layers in training, drawing from `generator`.
  public static func rnn(kind: Init.RecurrentKind, input: Tensor, hx: Tensor, cx: Tensor? = nil,
                         weights: [RNNLayerWeights], numLayers: Int, bidirectional: Bool = false,
                         batchFirst: Bool = false, dropout: Double = 0, training: Bool = false,
                         generator: Generator? = nil) throws -> (output: Tensor, hN: Tensor, cN: Tensor?) {
    let dirs = bidirectional ? 2 : 1
    try checkWeights(weights, numLayers: numLayers, dirs: dirs)
    if input.dim == 2 {
      let r = try rnn(kind: kind, input: input.unsqueeze(1), hx: hx.unsqueeze(1), cx: cx?.unsqueeze(1), weights: weights,
                      numLayers: numLayers, bidirectional: bidirectional, batchFirst: false, dropout: dropout,
                      training: training, generator: generator)
      return (try r.output.squeeze(1), try r.hN.squeeze(1), try r.cN?.squeeze(1))
    }
    guard input.dim == 3 else {
      throw TorchError.value("RNN: Expected input to be 2D or 3D, got \(input.dim)D tensor instead")
    }
    var x = batchFirst ? try input.transpose(0, 1) : input
    let batch = x.shape[1], hidden = weights[0].weightHH.shape[1]
    let expected = [numLayers * dirs, batch, hidden]
    guard hx.shape == expected else {
      throw TorchError.runtime("Expected hidden size \(Tensor.pythonTuple(expected)), got \(Tensor.formatList(hx.shape))")
    }
    if kind == .lstm {
      guard let cx, cx.shape == expected else {
        throw TorchError.runtime("Expected hidden[1] size \(Tensor.pythonTuple(expected)), got \(Tensor.formatList(cx?.shape ?? []))")
      }
    }
    let inputSize = weights[0].weightIH.shape[1]
    guard x.shape[2] == inputSize else {
      throw TorchError.runtime("input.size(-1) must be equal to input_size. Expected \(inputSize), got \(x.shape[2])")
    }
    let hs = try hx.unbind(0), cs = try cx?.unbind(0)
    var finalH: [Tensor] = [], finalC: [Tensor] = []
    for layer in 0..<numLayers {
      var outs: [Tensor] = []
      for d in 0..<dirs {
        let k = layer * dirs + d
        let w = weights[k]
        var state = RNNState(h: hs[k], c: cs?[k])
        let steps: [Tensor]
        var outputs: [Tensor] = []
        if d == 0 {
          steps = try linear(x, weight: w.weightIH, bias: w.biasIH).unbind(0)
          for s in steps {
            state = try cellStep(kind, s, state, w)
            outputs.append(state.h)
          }
          outs.append(try Tensor.stack(outputs, dim: 0))
        } else {
          for s in try x.unbind(0).reversed() {
            state = try cellStep(kind, linear(s, weight: w.weightIH, bias: w.biasIH), state, w)
            outputs.append(state.h)
          }
          outs.append(try Tensor.stack(outputs.reversed(), dim: 0))
        }
        finalH.append(state.h)
        if let c = state.c { finalC.append(c) }
      }
      x = dirs == 1 ? outs[0] : try Tensor.cat(outs, dim: outs[0].dim - 1)
      if dropout != 0 && training && layer < numLayers - 1 {
        x = try Functional.dropout(x, p: dropout, training: true, generator: generator)
      }
    }
    var output = x
    // torch's CPU LSTM runs the mkldnn kernel: its output's node is MkldnnRnnLayerBackward0 (one direction),
    // and batch_first transposes it with transpose() rather than the native RNN's transpose(1).
    if kind == .lstm && dirs == 1 && output.gradFn?.name == "StackBackward0" { output.gradFn?.name = "MkldnnRnnLayerBackward0" }
    if batchFirst { output = try output.transposed(0, 1, name: kind == .lstm ? "TransposeBackward0" : "TransposeBackward1") }
    let hN = try Tensor.stack(finalH, dim: 0)
    let cN = kind == .lstm ? try Tensor.stack(finalC, dim: 0) : nil
    return (output, hN, cN)
  }

  /// The same over a packed sequence: `data` [ΣB_t, I] with `batchSizes` (non-increasing). Returns the packed
  /// output data [ΣB_t, D·H] (CatBackward0) and h_n / c_n, following ATen's PackedLayer/ReversedPackedLayer.
  public static func rnnPacked(kind: Init.RecurrentKind, data: Tensor, batchSizes: [Int], hx: Tensor, cx: Tensor? = nil,
                               weights: [RNNLayerWeights], numLayers: Int, bidirectional: Bool = false,
                               dropout: Double = 0, training: Bool = false,
                               generator: Generator? = nil) throws -> (data: Tensor, hN: Tensor, cN: Tensor?) {
    let dirs = bidirectional ? 2 : 1
    try checkWeights(weights, numLayers: numLayers, dirs: dirs)
    guard data.dim == 2 else { throw TorchError.runtime("packed data must be 2-D, got \(data.dim)-D") }
    guard let maxBatch = batchSizes.first, batchSizes.reduce(0, +) == data.shape.first ?? -1 else {
      throw TorchError.runtime("batch_sizes do not match the packed data")
    }
    for i in 1..<Swift.max(batchSizes.count, 1) where batchSizes[i] > batchSizes[i - 1] {
      throw TorchError.runtime("batch_sizes must be non-increasing")
    }
    guard hx.dim == 3, hx.shape[1] == maxBatch else {
      throw TorchError.runtime("Expected hidden size (\(numLayers * dirs), \(maxBatch), \(weights[0].weightHH.shape[1])), got \(Tensor.formatList(hx.shape))")
    }
    let hs = try hx.unbind(0), cs = try cx?.unbind(0)
    var x = data
    var finalH: [Tensor] = [], finalC: [Tensor] = []
    for layer in 0..<numLayers {
      var outs: [Tensor] = []
      for d in 0..<dirs {
        let k = layer * dirs + d
        let w = weights[k]
        let start = RNNState(h: hs[k], c: cs?[k])
        let xw = try linear(x, weight: w.weightIH, bias: w.biasIH)
        var outputs: [Tensor] = []
        if d == 0 {
          var hidden = start
          var saved: [RNNState] = []
          var offset = 0, last = maxBatch
          for b in batchSizes {
            let stepInput = try xw.narrow(0, start: offset, length: b)
            offset += b
            let dec = last - b
            if dec > 0 {
              saved.append(try hidden.narrow(last - dec, dec))
              hidden = try hidden.narrow(0, last - dec)
            }
            last = b
            hidden = try cellStep(kind, stepInput, hidden, w)
            outputs.append(hidden.h)
          }
          saved.append(hidden)
          let fin = try RNNState.concat(saved.reversed())
          finalH.append(fin.h)
          if let c = fin.c { finalC.append(c) }
          outs.append(try Tensor.cat(outputs, dim: 0))
        } else {
          var offset = x.shape[0]
          var last = batchSizes[batchSizes.count - 1]
          var hidden = try start.narrow(0, last)
          for b in batchSizes.reversed() {
            let inc = b - last
            if inc > 0 { hidden = try RNNState.concat([hidden, start.narrow(last, inc)]) }
            let stepInput = try xw.narrow(0, start: offset - b, length: b)
            offset -= b
            last = b
            hidden = try cellStep(kind, stepInput, hidden, w)
            outputs.append(hidden.h)
          }
          finalH.append(hidden.h)
          if let c = hidden.c { finalC.append(c) }
          outs.append(try Tensor.cat(outputs.reversed(), dim: 0))
        }
      }
      x = dirs == 1 ? outs[0] : try Tensor.cat(outs, dim: -1)
      if dropout != 0 && training && layer < numLayers - 1 {
        x = try Functional.dropout(x, p: dropout, training: true, generator: generator)
      }
    }
    let hN = try Tensor.stack(finalH, dim: 0)
    let cN = kind == .lstm ? try Tensor.stack(finalC, dim: 0) : nil
    return (x, hN, cN)
  }
}
