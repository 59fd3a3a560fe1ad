import PythonRuntime
import Torch

/// `_swifttorch` kernels behind `torch.nn.functional`, the recurrent layers, packing and the optimizers.
enum NativeFunctional {
  static func install(_ interp: Interpreter, _ b: TorchBinding, _ m: PyModule) {
    let ctx = b.context
    func fn(_ name: String, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name) { interp, args in try interp.torchOp { try body(interp, args) } }
    }
    func optionalTensor(_ interp: Interpreter, _ v: Value?) throws -> Tensor? {
      guard let v, !v.isNone else { return nil }
      return try interp.expectTensor(v, "tensor")
    }
    func reduction(_ interp: Interpreter, _ v: Value?) throws -> Reduction {
      guard case .str(let s)? = v else { return .mean }
      return try Reduction(name: s.value)
    }
    fn("embedding") { interp, args in
      let a = try args.bind(interp, "embedding", ["input", "weight", "padding_idx"], required: 2)
      let pad = try a[2].flatMap { $0.isNone ? nil : try interp.indexValue($0) }
      return try interp.wrap(try Functional.embedding(try interp.expectTensor(a[0], "input"), weight: try interp.expectTensor(a[1], "weight"), paddingIdx: pad))
    }
    fn("dropout") { interp, args in
      let a = try args.bind(interp, "dropout", ["input", "p", "training"], required: 1)
      return try interp.wrap(try Functional.dropout(try interp.expectTensor(a[0], "input"), p: a[1].flatMap { interp.floatValue($0) } ?? 0.5, training: try a[2].map { try interp.truthy($0) } ?? true))
    }
    fn("layer_norm") { interp, args in
      let a = try args.bind(interp, "layer_norm", ["input", "normalized_shape", "weight", "bias", "eps"], required: 2)
      return try interp.wrap(try Functional.layerNorm(try interp.expectTensor(a[0], "input"), normalizedShape: try interp.shapeArgument([a[1] ?? .none], "layer_norm"),
                                                      weight: try optionalTensor(interp, a[2]), bias: try optionalTensor(interp, a[3]), eps: a[4].flatMap { interp.floatValue($0) } ?? 1e-5))
    }
    for (name, log) in [("softmax", false), ("log_softmax", true)] {
      fn(name) { interp, args in
        let a = try args.bind(interp, name, ["input", "dim"], required: 1)
        let t = try interp.expectTensor(a[0], "input")
        let d: Int
        if let dv = a[1], !dv.isNone { d = try interp.dimension(dv, name) } else { d = (t.dim == 0 || t.dim == 1 || t.dim == 3) ? 0 : 1 }
        return try interp.wrap(log ? try t.logSoftmax(dim: d) : try t.softmax(dim: d))
      }
    }
    fn("one_hot") { interp, args in
      let a = try args.bind(interp, "one_hot", ["tensor", "num_classes"], required: 1)
      return try interp.wrap(try interp.expectTensor(a[0], "tensor").oneHot(numClasses: try a[1].flatMap { try interp.indexValue($0) } ?? -1))
    }
    fn("cross_entropy") { interp, args in
      let a = try args.bind(interp, "cross_entropy", ["input", "target", "weight", "ignore_index", "reduction", "label_smoothing"], required: 2)
      return try interp.wrap(try Functional.crossEntropy(try interp.expectTensor(a[0], "input"), try interp.expectTensor(a[1], "target"), weight: try optionalTensor(interp, a[2]),
                                                         ignoreIndex: Int64(try a[3].flatMap { try interp.indexValue($0) } ?? -100), reduction: try reduction(interp, a[4]),
                                                         labelSmoothing: a[5].flatMap { interp.floatValue($0) } ?? 0))
    }
    fn("nll_loss") { interp, args in
      let a = try args.bind(interp, "nll_loss", ["input", "target", "weight", "ignore_index", "reduction"], required: 2)
      return try interp.wrap(try Functional.nllLoss(try interp.expectTensor(a[0], "input"), try interp.expectTensor(a[1], "target"), weight: try optionalTensor(interp, a[2]),
                                                    ignoreIndex: Int64(try a[3].flatMap { try interp.indexValue($0) } ?? -100), reduction: try reduction(interp, a[4])))
    }
    for (name, kind) in [("mse_loss", 0), ("l1_loss", 1)] {
      fn(name) { interp, args in
        let a = try args.bind(interp, name, ["input", "target", "reduction"], required: 2)
        let x = try interp.expectTensor(a[0], "input"), y = try interp.expectTensor(a[1], "target")
        return try interp.wrap(kind == 0 ? try Functional.mseLoss(x, y, reduction: try reduction(interp, a[2])) : try Functional.l1Loss(x, y, reduction: try reduction(interp, a[2])))
      }
    }
    fn("binary_cross_entropy") { interp, args in
      let a = try args.bind(interp, "binary_cross_entropy", ["input", "target", "weight", "reduction"], required: 2)
      return try interp.wrap(try Functional.binaryCrossEntropy(try interp.expectTensor(a[0], "input"), try interp.expectTensor(a[1], "target"), weight: try optionalTensor(interp, a[2]), reduction: try reduction(interp, a[3])))
    }
    fn("binary_cross_entropy_with_logits") { interp, args in
      let a = try args.bind(interp, "binary_cross_entropy_with_logits", ["input", "target", "weight", "reduction", "pos_weight"], required: 2)
      return try interp.wrap(try Functional.binaryCrossEntropyWithLogits(try interp.expectTensor(a[0], "input"), try interp.expectTensor(a[1], "target"), weight: try optionalTensor(interp, a[2]),
                                                                         posWeight: try optionalTensor(interp, a[4]), reduction: try reduction(interp, a[3])))
    }

    // MARK: Recurrent layers
    func recurrentKind(_ interp: Interpreter, _ v: Value?) throws -> Init.RecurrentKind {
      guard case .str(let s)? = v else { throw interp.typeError("rnn mode must be a string") }
      switch s.value {
      case "RNN_TANH": return .rnnTanh
      case "RNN_RELU": return .rnnRelu
      case "LSTM": return .lstm
      case "GRU": return .gru
      default: throw interp.valueError("Unknown mode '\(s.value)'")
      }
    }
    func layerWeights(_ interp: Interpreter, _ v: Value?, bias: Bool) throws -> [RNNLayerWeights] {
      let flat = try interp.iterate(v ?? .none).map { try interp.expectTensor($0, "weight") }
      let per = bias ? 4 : 2
      guard flat.count % per == 0 else { throw interp.runtimeError("wrong number of RNN weights") }
      return stride(from: 0, to: flat.count, by: per).map { i in
        RNNLayerWeights(weightIH: flat[i], weightHH: flat[i + 1], biasIH: bias ? flat[i + 2] : nil, biasHH: bias ? flat[i + 3] : nil)
      }
    }
    fn("rnn_forward") { interp, args in
      let a = try args.bind(interp, "rnn_forward", ["mode", "input", "hx", "cx", "weights", "bias", "num_layers", "dropout", "bidirectional", "batch_first"], required: 9)
      let bias = try interp.truthy(a[5] ?? .bool(true))
      let dropout = a[7].flatMap { interp.floatValue($0) } ?? 0
      let r = try Functional.rnn(kind: try recurrentKind(interp, a[0]), input: try interp.expectTensor(a[1], "input"), hx: try interp.expectTensor(a[2], "hx"),
                                 cx: try optionalTensor(interp, a[3]), weights: try layerWeights(interp, a[4], bias: bias), numLayers: try interp.dimension(a[6] ?? .int(1), "rnn"),
                                 bidirectional: try interp.truthy(a[8] ?? .bool(false)), batchFirst: try interp.truthy(a[9] ?? .bool(false)), dropout: dropout, training: dropout > 0)
      return interp.tuple([try interp.wrap(r.output), try interp.wrap(r.hN), try r.cN.map { try interp.wrap($0) } ?? .none])
    }
    fn("rnn_forward_packed") { interp, args in
      let a = try args.bind(interp, "rnn_forward_packed", ["mode", "data", "batch_sizes", "hx", "cx", "weights", "bias", "num_layers", "dropout", "bidirectional"], required: 10)
      let bias = try interp.truthy(a[6] ?? .bool(true))
      let dropout = a[8].flatMap { interp.floatValue($0) } ?? 0
      let sizes = try interp.expectTensor(a[2], "batch_sizes").int64Values().map { Int($0) }
      let r = try Functional.rnnPacked(kind: try recurrentKind(interp, a[0]), data: try interp.expectTensor(a[1], "data"), batchSizes: sizes, hx: try interp.expectTensor(a[3], "hx"),
                                       cx: try optionalTensor(interp, a[4]), weights: try layerWeights(interp, a[5], bias: bias), numLayers: try interp.dimension(a[7] ?? .int(1), "rnn"),
                                       bidirectional: try interp.truthy(a[9] ?? .bool(false)), dropout: dropout, training: dropout > 0)
      return interp.tuple([try interp.wrap(r.data), try interp.wrap(r.hN), try r.cN.map { try interp.wrap($0) } ?? .none])
    }
    fn("pack_padded") { interp, args in
      let a = try args.bind(interp, "pack_padded", ["input", "lengths"], required: 2)
      let lengths = try interp.iterate(a[1] ?? .none).map { try interp.dimension($0, "pack_padded_sequence") }
      let p = try Functional.packPaddedSequence(try interp.expectTensor(a[0], "input"), lengths: lengths, batchFirst: false, enforceSorted: true)
      return interp.tuple([try interp.wrap(p.data), try interp.wrap(try ctx.tensor(p.batchSizes.map { Int64($0) }, shape: [p.batchSizes.count]))])
    }
    fn("pad_packed") { interp, args in
      let a = try args.bind(interp, "pad_packed", ["data", "batch_sizes", "padding_value", "total_length"], required: 2)
      let sizes = try interp.expectTensor(a[1], "batch_sizes").int64Values().map { Int($0) }
      let seq = PackedSequence(data: try interp.expectTensor(a[0], "data"), batchSizes: sizes)
      var (padded, lengths) = try Functional.padPackedSequence(seq, batchFirst: false, paddingValue: a[2].flatMap { interp.floatValue($0) } ?? 0)
      if let tv = a[3], !tv.isNone, let total = try interp.indexValue(tv), total > padded.shape[0] {
        var shape = padded.shape
        shape[0] = total - padded.shape[0]
        padded = try Tensor.cat([padded, try ctx.full(shape, .float(a[2].flatMap { interp.floatValue($0) } ?? 0), dtype: padded.dtype)], dim: 0)
      }
      return interp.tuple([try interp.wrap(padded), try interp.wrap(try ctx.tensor(lengths.map { Int64($0) }, shape: [lengths.count]))])
    }

    // MARK: Optimizers (native update rules with ATen's rounding)
    let optimizerType = PyType(name: "NativeOptimizer", module: "_swifttorch", bases: [interp.types.object], generic: false)
    fn("sgd") { interp, args in
      let a = try args.bind(interp, "sgd", ["params", "lr", "momentum", "dampening", "weight_decay", "nesterov"], required: 2)
      let params = try interp.iterate(a[0] ?? .none).map { try interp.expectTensor($0, "param") }
      let opt = try SGD(params: params, lr: a[1].flatMap { interp.floatValue($0) } ?? 1e-3, momentum: a[2].flatMap { interp.floatValue($0) } ?? 0,
                        dampening: a[3].flatMap { interp.floatValue($0) } ?? 0, weightDecay: a[4].flatMap { interp.floatValue($0) } ?? 0, nesterov: try interp.truthy(a[5] ?? .bool(false)))
      return .object(PyNativeObject(type: optimizerType, payload: NativeOptimizer.sgd(opt)))
    }
    fn("adam") { interp, args in
      let a = try args.bind(interp, "adam", ["params", "lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled", "maximize"], required: 2)
      let params = try interp.iterate(a[0] ?? .none).map { try interp.expectTensor($0, "param") }
      let opt = try Adam(params: params, lr: a[1].flatMap { interp.floatValue($0) } ?? 1e-3, betas: (a[2].flatMap { interp.floatValue($0) } ?? 0.9, a[3].flatMap { interp.floatValue($0) } ?? 0.999),
                         eps: a[4].flatMap { interp.floatValue($0) } ?? 1e-8, weightDecay: a[5].flatMap { interp.floatValue($0) } ?? 0,
                         amsgrad: try interp.truthy(a[6] ?? .bool(false)), decoupledWeightDecay: try interp.truthy(a[7] ?? .bool(false)),
                         maximize: try interp.truthy(a[8] ?? .bool(false)))
      return .object(PyNativeObject(type: optimizerType, payload: NativeOptimizer.adam(opt)))
    }
    fn("rmsprop") { interp, args in
      let a = try args.bind(interp, "rmsprop", ["params", "lr", "alpha", "eps", "weight_decay", "momentum", "centered", "maximize"], required: 2)
      let params = try interp.iterate(a[0] ?? .none).map { try interp.expectTensor($0, "param") }
      let f = { (i: Int, d: Double) in a[i].flatMap { interp.floatValue($0) } ?? d }
      let opt = try RMSprop(params: params, lr: f(1, 1e-2), alpha: f(2, 0.99), eps: f(3, 1e-8), weightDecay: f(4, 0), momentum: f(5, 0),
                            centered: try interp.truthy(a[6] ?? .bool(false)), maximize: try interp.truthy(a[7] ?? .bool(false)))
      return .object(PyNativeObject(type: optimizerType, payload: NativeOptimizer.rmsprop(opt)))
    }
    fn("adagrad") { interp, args in
      let a = try args.bind(interp, "adagrad", ["params", "lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps", "maximize"], required: 2)
      let params = try interp.iterate(a[0] ?? .none).map { try interp.expectTensor($0, "param") }
      let f = { (i: Int, d: Double) in a[i].flatMap { interp.floatValue($0) } ?? d }
      let opt = try Adagrad(params: params, lr: f(1, 1e-2), lrDecay: f(2, 0), weightDecay: f(3, 0), initialAccumulatorValue: f(4, 0), eps: f(5, 1e-10),
                            maximize: try interp.truthy(a[6] ?? .bool(false)))
      return .object(PyNativeObject(type: optimizerType, payload: NativeOptimizer.adagrad(opt)))
    }
    interp.defineMethod(optimizerType, "step") { interp, args in
      guard case .object(let o)? = args.positional.first, let n = o as? PyNativeObject<NativeOptimizer> else { throw interp.typeError("expected a native optimizer") }
      if let lrValue = args.positional[safe: 1], let lr = interp.floatValue(lrValue) { n.payload.setLR(lr) }
      try interp.torchOp { try n.payload.step() }
      return .none
    }
  }
}

/// A native optimizer behind a Python `torch.optim` class.
enum NativeOptimizer {
  case sgd(SGD)
  case adam(Adam)
  case rmsprop(RMSprop)
  case adagrad(Adagrad)

  func setLR(_ lr: Double) {
    switch self {
    case .sgd(let o): o.lr = lr
    case .adam(let o): o.lr = lr
    case .rmsprop(let o): o.lr = lr
    case .adagrad(let o): o.lr = lr
    }
  }

  func step() throws {
    switch self {
    case .sgd(let o): try o.step()
    case .adam(let o): try o.step()
    case .rmsprop(let o): try o.step()
    case .adagrad(let o): try o.step()
    }
  }
}
