import PythonRuntime
import Torch

/// `_swifttorch`: the native kernels the Python-level `torch.nn` (the prelude) calls: linear, recurrent cells,
/// initialisers and parameter creation. Users do not import it directly.
enum NativeNNModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let b = try interp.torch
    let m = interp.makeModule("_swifttorch", [])
    func fn(_ name: String, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name) { interp, args in try interp.torchOp { try body(interp, args) } }
    }
    func optionalTensor(_ interp: Interpreter, _ v: Value?) throws -> Tensor? {
      guard let v, !v.isNone else { return nil }
      return try interp.expectTensor(v, "tensor")
    }
    fn("linear") { interp, args in
      let a = try args.bind(interp, "linear", ["input", "weight", "bias"], required: 2)
      return try interp.wrap(try Functional.linear(try interp.expectTensor(a[0], "input"), weight: try interp.expectTensor(a[1], "weight"), bias: try optionalTensor(interp, a[2])))
    }
    for (name, kind) in [("rnn_tanh_cell", 0), ("rnn_relu_cell", 1), ("gru_cell", 2)] {
      fn(name) { interp, args in
        let a = try args.bind(interp, name, ["input", "hx", "w_ih", "w_hh", "b_ih", "b_hh"], required: 4)
        let input = try interp.expectTensor(a[0], "input"), hx = try interp.expectTensor(a[1], "hx")
        let wih = try interp.expectTensor(a[2], "w_ih"), whh = try interp.expectTensor(a[3], "w_hh")
        let bih = try optionalTensor(interp, a[4]), bhh = try optionalTensor(interp, a[5])
        switch kind {
        case 0: return try interp.wrap(try Functional.rnnTanhCell(input, hx, weightIH: wih, weightHH: whh, biasIH: bih, biasHH: bhh))
        case 1: return try interp.wrap(try Functional.rnnReluCell(input, hx, weightIH: wih, weightHH: whh, biasIH: bih, biasHH: bhh))
        default: return try interp.wrap(try Functional.gruCell(input, hx, weightIH: wih, weightHH: whh, biasIH: bih, biasHH: bhh))
        }
      }
    }
    fn("lstm_cell") { interp, args in
      let a = try args.bind(interp, "lstm_cell", ["input", "hx", "cx", "w_ih", "w_hh", "b_ih", "b_hh"], required: 5)
      let (h, c) = try Functional.lstmCell(try interp.expectTensor(a[0], "input"), try interp.expectTensor(a[1], "hx"), try interp.expectTensor(a[2], "cx"),
                                           weightIH: try interp.expectTensor(a[3], "w_ih"), weightHH: try interp.expectTensor(a[4], "w_hh"),
                                           biasIH: try optionalTensor(interp, a[5]), biasHH: try optionalTensor(interp, a[6]))
      return interp.tuple([try interp.wrap(h), try interp.wrap(c)])
    }
    fn("kaiming_uniform_") { interp, args in
      let a = try args.bind(interp, "kaiming_uniform_", ["tensor", "a", "generator"], required: 1)
      let t = try interp.expectTensor(a[0], "tensor")
      _ = try Init.kaimingUniform_(t, a: a[1].flatMap { interp.floatValue($0) } ?? 5.0.squareRoot(), generator: try interp.generatorArgument(a[2]))
      return a[0] ?? .none
    }
    fn("fan_in") { interp, args in .int(try Init.fanIn(try interp.expectTensor(args.positional.first, "tensor"))) }
    fn("set_grad_enabled") { interp, args in
      b.context.gradEnabled = try interp.truthy(args.positional.first ?? .bool(true))
      return .none
    }
    fn("make_parameter") { interp, args in
      let a = try args.bind(interp, "Parameter", ["data", "requires_grad"])
      let t: Tensor
      if let d = a[0], !d.isNone { t = try interp.expectTensor(d, "data") } else { t = try b.context.empty([0]) }
      let p = try Init.parameter(t.detach(), requiresGrad: try a[1].map { try interp.truthy($0) } ?? true)
      return .object(PyTensor(type: b.parameterType, tensor: p))
    }
    NativeFunctional.install(interp, b, m)
    m.globals["Parameter"] = .type(b.parameterType)
    b.parameterType.constructor = { interp, _, args in
      guard let f = m.globals["make_parameter"] else { throw interp.runtimeError("torch.nn.Parameter is unavailable") }
      return try interp.call(f, args)
    }
    return .object(m)
  }
}
