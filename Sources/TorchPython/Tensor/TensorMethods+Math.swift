import PythonRuntime
import Torch

/// The remaining element-wise math as tensor methods: unary functions and their in-place forms, `fmod`,
/// `div(rounding_mode=)`, bitwise operators, reflected `//` and `%`, activations used by `torch.nn.functional`.
enum TensorMathMethods {
  /// Unary functions bound as `t.name()`, `t.name_()` and `torch.name(t)`.
  static var unaryOps: [(String, @Sendable (Tensor) throws -> Tensor)] { [
    ("exp", { try $0.exp() }), ("log", { try $0.log() }), ("log1p", { try $0.log1p() }), ("sqrt", { try $0.sqrt() }),
    ("rsqrt", { try $0.rsqrt() }), ("sin", { try $0.sin() }), ("cos", { try $0.cos() }), ("abs", { try $0.abs() }),
    ("sign", { try $0.sign() }), ("reciprocal", { try $0.reciprocal() }), ("square", { try $0.square() }),
    ("floor", { try $0.floor() }), ("ceil", { try $0.ceil() }), ("round", { try $0.round() }), ("trunc", { try $0.trunc() }),
    ("exp2", { try $0.exp2() }), ("expm1", { try $0.expm1() }), ("log2", { try $0.log2() }), ("log10", { try $0.log10() }),
    ("tan", { try $0.tan() }), ("asin", { try $0.asin() }), ("acos", { try $0.acos() }), ("atan", { try $0.atan() }),
    ("sinh", { try $0.sinh() }), ("cosh", { try $0.cosh() }), ("frac", { try $0.frac() }),
    ("arcsin", { try $0.asin() }), ("arccos", { try $0.acos() }), ("arctan", { try $0.atan() }), ("fix", { try $0.trunc() }),
  ] }

  static func install(_ interp: Interpreter, _ b: TorchBinding, _ m: PyModule? = nil) {
    let T = b.tensorType
    func method(_ name: String, _ body: @escaping (Interpreter, Tensor, CallArguments) throws -> Value) {
      interp.defineMethod(T, name) { interp, args in
        let t = try interp.expectTensor(args.positional.first, "self")
        return try interp.torchOp { try body(interp, t, args.dropReceiver) }
      }
    }
    func operand(_ interp: Interpreter, _ t: Tensor, _ v: Value?) throws -> Tensor? {
      guard let v else { return nil }
      if let o = interp.tensorValue(v) { return o }
      guard let s = interp.scalarValue(v) else { return nil }
      return try t.context.wrap(s)
    }
    for (name, op) in unaryOps {
      method(name) { interp, t, _ in try interp.wrap(try op(t)) }
      method(name + "_") { interp, t, _ in
        try t.inPlace_(op)
        return try interp.wrap(t)
      }
    }
    method("fmod") { interp, t, args in
      guard let o = args.positional.first ?? args.keyword("other") else { throw interp.typeError("fmod() missing required argument 'other'") }
      if let ot = interp.tensorValue(o) { return try interp.wrap(try t.fmod(ot)) }
      guard let s = interp.scalarValue(o) else { throw interp.typeError("fmod(): argument 'other' must be Tensor or Number") }
      return try interp.wrap(try t.fmod(s))
    }
    for name in ["div", "divide", "true_divide"] {
      method(name) { interp, t, args in
        guard let o = try operand(interp, t, args.positional.first ?? args.keyword("other")) else {
          throw interp.typeError("\(name)(): argument 'other' must be Tensor or Number")
        }
        var mode: String? = nil
        if let r = args.keyword("rounding_mode"), !r.isNone {
          guard case .str(let s) = r else { throw interp.typeError("div(): argument 'rounding_mode' must be str") }
          mode = s.value
        }
        return try interp.wrap(try t.div(o, roundingMode: mode))
      }
    }
    for (names, kind) in [(["__and__", "__rand__", "bitwise_and"], 0), (["__or__", "__ror__", "bitwise_or"], 1), (["__xor__", "__rxor__", "bitwise_xor"], 2)] {
      for name in names {
        interp.defineMethod(T, name) { interp, args in
          let t = try interp.expectTensor(args.positional.first, "self")
          guard let o = try operand(interp, t, args.positional[safe: 1] ?? args.keyword("other")) else {
            if name.hasPrefix("__") { return interp.notImplementedValue }
            throw interp.typeError("\(name)(): argument 'other' must be Tensor or Number")
          }
          return try interp.torchOp {
            switch kind {
            case 0: return try interp.wrap(try t.bitwiseAnd(o))
            case 1: return try interp.wrap(try t.bitwiseOr(o))
            default: return try interp.wrap(try t.bitwiseXor(o))
            }
          }
        }
      }
    }
    for name in ["__invert__", "bitwise_not"] {
      method(name) { interp, t, _ in
        if name == "__invert__" && t.dtype.isFloatingPoint {
          throw interp.typeError("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
        return try interp.wrap(try t.bitwiseNot())
      }
    }
    for (name, floor) in [("__rfloordiv__", true), ("__rmod__", false)] {
      interp.defineMethod(T, name) { interp, args in
        let t = try interp.expectTensor(args.positional.first, "self")
        guard let o = try operand(interp, t, args.positional[safe: 1]) else { return interp.notImplementedValue }
        return try interp.torchOp { try interp.wrap(floor ? try o.floorDivide(t) : try o.remainder(t)) }
      }
    }
    method("leaky_relu") { interp, t, args in
      let a = try args.bind(interp, "leaky_relu", ["negative_slope"])
      return try interp.wrap(try t.leakyRelu(a[0].flatMap { interp.floatValue($0) } ?? 0.01))
    }
    method("elu") { interp, t, args in
      let a = try args.bind(interp, "elu", ["alpha"])
      return try interp.wrap(try t.elu(alpha: a[0].flatMap { interp.floatValue($0) } ?? 1))
    }
    method("softplus") { interp, t, args in
      let a = try args.bind(interp, "softplus", ["beta", "threshold"])
      return try interp.wrap(try t.softplus(beta: a[0].flatMap { interp.floatValue($0) } ?? 1, threshold: a[1].flatMap { interp.floatValue($0) } ?? 20))
    }
    method("gelu") { interp, t, _ in try interp.wrap(try t.gelu()) }
    method("silu") { interp, t, _ in try interp.wrap(try t.silu()) }
    method("hardtanh") { interp, t, args in
      let a = try args.bind(interp, "hardtanh", ["min_val", "max_val"])
      return try interp.wrap(try t.hardtanh(min: a[0].flatMap { interp.floatValue($0) } ?? -1, max: a[1].flatMap { interp.floatValue($0) } ?? 1))
    }
  }
}
