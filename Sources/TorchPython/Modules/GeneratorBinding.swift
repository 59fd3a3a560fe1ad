import PythonRuntime
import Torch

/// `torch.Generator`, `torch.get_rng_state` and `torch.set_rng_state`.
enum GeneratorBinding {
  static func install(_ interp: Interpreter, _ b: TorchBinding, _ m: PyModule) throws {
    let G = b.generatorType
    let ctx = b.context
    G.constructor = { _, cls, _ in .object(PyNativeObject(type: cls, payload: Generator())) }
    func gen(_ interp: Interpreter, _ args: CallArguments) throws -> Generator {
      guard let g = try interp.generatorArgument(args.positional.first) else { throw interp.typeError("expected a torch.Generator") }
      return g
    }
    interp.defineMethod(G, "manual_seed") { interp, args in
      let g = try gen(interp, args)
      guard let v = args.positional[safe: 1], let s = interp.bigInt(v) else { throw interp.typeError("manual_seed expected an int") }
      g.manualSeed(Int64(truncatingIfNeeded: s))
      return args.positional.first ?? .none
    }
    interp.defineMethod(G, "initial_seed") { interp, args in .int(Int(truncatingIfNeeded: try gen(interp, args).initialSeed)) }
    interp.defineMethod(G, "get_state") { interp, args in try interp.byteTensor(try gen(interp, args).getState()) }
    interp.defineMethod(G, "set_state") { interp, args in
      let g = try gen(interp, args)
      try interp.torchOp { try g.setState(try interp.stateBytes(args.positional[safe: 1])) }
      return args.positional.first ?? .none
    }
    m.globals["get_rng_state"] = interp.makeFunction("get_rng_state") { interp, _ in try interp.byteTensor(ctx.generator.getState()) }
    m.globals["set_rng_state"] = interp.makeFunction("set_rng_state") { interp, args in
      try interp.torchOp { try ctx.generator.setState(try interp.stateBytes(args.positional.first)) }
      return .none
    }
    m.globals["default_generator"] = .object(PyNativeObject(type: G, payload: ctx.generator))
  }
}

extension Interpreter {
  /// A uint8-valued tensor of bytes (stored as int64, printed with dtype=torch.uint8 not yet supported).
  func byteTensor(_ bytes: [UInt8]) throws -> Value {
    let ctx = try torch.context
    return try wrap(try torchOp { try ctx.tensor(bytes.map { Int64($0) }, shape: [bytes.count]) })
  }

  func stateBytes(_ v: Value?) throws -> [UInt8] {
    let t = try expectTensor(v, "new_state")
    return t.int64Values().map { UInt8(truncatingIfNeeded: $0) }
  }
}
