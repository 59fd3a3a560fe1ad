import PythonRuntime
import Torch

/// The methods and attributes of `torch.Tensor`, each a thin binding of the Swift Tensor API.
enum TensorMethods {
  static func install(_ interp: Interpreter, _ b: TorchBinding) {
    let T = b.tensorType
    /// Defines a method whose receiver is the tensor; arguments exclude it.
    func method(_ name: String, signature: String? = nil, doc: String? = nil, _ body: @escaping (Interpreter, Tensor, CallArguments) throws -> Value) {
      interp.defineMethod(T, name, signature: signature, doc: doc) { interp, args in
        let t = try interp.expectTensor(args.positional.first, "self")
        return try interp.torchOp { try body(interp, t, args.dropReceiver) }
      }
    }
    func unary(_ name: String, _ op: @escaping (Tensor) throws -> Tensor) {
      method(name) { interp, t, _ in try interp.wrap(try op(t)) }
    }
    func property(_ name: String, doc: String? = nil, _ get: @escaping (Interpreter, Tensor) throws -> Value) {
      interp.defineProperty(T, name, doc: doc, get: { interp, v in
        try interp.torchOp { try get(interp, try interp.expectTensor(v, "self")) }
      })
    }

    // MARK: Attributes
    property("shape", doc: "The size of each dimension, as torch.Size.") { interp, t in try interp.torchSize(t.shape) }
    property("dtype") { interp, t in try interp.dtypeValue(t.dtype) }
    property("device") { interp, _ in try interp.torch.cpuDevice }
    property("is_leaf") { _, t in .bool(t.isLeaf) }
    property("is_cuda") { _, _ in .bool(false) }
    property("ndim") { _, t in .int(t.dim) }
    property("T") { interp, t in try interp.wrap(try t.permute(Array((0..<t.dim).reversed()))) }
    property("grad_fn") { interp, t in
      guard let n = t.gradFn else { return .none }
      return .object(PyNativeObject(type: try interp.nodeType(named: n.name), payload: n))
    }
    interp.defineProperty(T, "requires_grad", get: { interp, v in .bool(try interp.expectTensor(v, "self").requiresGrad) }, set: { interp, v, nv in
      let t = try interp.expectTensor(v, "self")
      let flag = try interp.truthy(nv)
      if flag && t.isLeaf && !t.dtype.isFloatingPoint {
        throw interp.runtimeError("only Tensors of floating point and complex dtype can require gradients")
      }
      _ = try interp.torchOp { try t.requiresGrad(flag) }
    })
    interp.defineProperty(T, "grad", get: { interp, v in
      guard let g = try interp.expectTensor(v, "self").grad else { return .none }
      return try interp.wrap(g)
    }, set: { interp, v, nv in
      try interp.expectTensor(v, "self").grad = nv.isNone ? nil : try interp.expectTensor(nv, "grad")
    })
    interp.defineProperty(T, "data", get: { interp, v in try interp.wrap(try interp.expectTensor(v, "self").detach()) }, set: { interp, v, nv in
      let t = try interp.expectTensor(v, "self")
      let src = try interp.expectTensor(nv, "data")
      try interp.torchOp { try t.detach().copy_(src) }
    })

    // MARK: Size and conversion
    method("size", signature: "(dim=None)") { interp, t, args in
      if let d = args.argument(0, "dim"), !d.isNone { return .int(try t.size(try interp.dimension(d, "size"))) }
      return try interp.torchSize(t.shape)
    }
    method("dim") { _, t, _ in .int(t.dim) }
    method("numel") { _, t, _ in .int(t.numel) }
    method("nelement") { _, t, _ in .int(t.numel) }
    method("stride") { interp, t, args in
      if let d = args.argument(0, "dim"), !d.isNone { return .int(try t.stride(try interp.dimension(d, "stride"))) }
      return interp.tuple(t.strides.map { .int($0) })
    }
    method("item") { interp, t, _ in interp.pythonValue(try t.item()) }
    method("tolist") { interp, t, _ in try interp.tolist(t) }
    method("is_contiguous") { _, t, _ in .bool(t.isContiguous) }
    method("contiguous") { interp, t, _ in try interp.wrap(try t.contiguous()) }
    method("clone") { interp, t, _ in try interp.wrap(try t.clone()) }
    method("detach") { interp, t, _ in try interp.wrap(t.detach()) }
    method("cpu") { interp, t, _ in try interp.wrap(t) }
    method("numpy") { interp, t, _ in
      if t.requiresGrad { throw interp.runtimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.") }
      return try interp.wrap(t.detach())
    }
    for (name, dtype) in [("float", DType.float32), ("double", .float64), ("long", .int64), ("int", .int32), ("bool", .bool)] {
      method(name) { interp, t, _ in try interp.wrap(t.dtype == dtype ? t : try t.toType(dtype)) }
    }
    method("type") { interp, t, args in
      guard let d = args.argument(0, "dtype") else { return .string("torch.\(t.dtype.legacyName)Tensor") }
      if case .str(let s) = d, let dt = DType.legacy(s.value) { return try interp.wrap(try t.toType(dt)) }
      guard let dt = try interp.dtypeArgument(d) else { return try interp.wrap(t) }
      return try interp.wrap(try t.toType(dt))
    }
    method("to") { interp, t, args in
      var target: DType?
      for v in args.positional + args.keywords.filter({ $0.name == "dtype" }).map(\.value) {
        if case .object(let o) = v, let d = o as? PyNativeObject<DType> { target = d.payload }
        if let other = interp.tensorValue(v) { target = other.dtype }
      }
      guard let target, target != t.dtype else { return try interp.wrap(t) }
      return try interp.wrap(try t.toType(target))
    }
    method("requires_grad_", signature: "(requires_grad=True)") { interp, t, args in
      let flag = try args.argument(0, "requires_grad").map { try interp.truthy($0) } ?? true
      return try interp.wrap(try t.requiresGrad(flag))
    }
    method("retain_grad") { _, t, _ in
      try t.retainGrad()
      return .none
    }
    method("backward", signature: "(gradient=None, retain_graph=None)") { interp, t, args in
      let g = try args.argument(0, "gradient").flatMap { $0.isNone ? nil : try interp.expectTensor($0, "gradient") }
      let retain = try args.argument(1, "retain_graph").map { try interp.truthy($0) } ?? false
      try t.backward(gradient: g, retainGraph: retain)
      return .none
    }

    // MARK: Views
    method("view", signature: "(*shape)") { interp, t, args in
      if let first = args.positional.first, case .object(let o) = first, let d = o as? PyNativeObject<DType> {
        return try interp.wrap(try t.toType(d.payload))
      }
      return try interp.wrap(try t.view(try interp.shapeArgument(args.positional, "view")))
    }
    method("reshape", signature: "(*shape)") { interp, t, args in try interp.wrap(try t.reshape(try interp.shapeArgument(args.positional, "reshape"))) }
    method("view_as") { interp, t, args in try interp.wrap(try t.viewAs(try interp.expectTensor(args.positional.first, "other"))) }
    method("reshape_as") { interp, t, args in try interp.wrap(try t.reshapeAs(try interp.expectTensor(args.positional.first, "other"))) }
    method("expand_as") { interp, t, args in try interp.wrap(try t.expandAs(try interp.expectTensor(args.positional.first, "other"))) }
    method("expand", signature: "(*sizes)") { interp, t, args in try interp.wrap(try t.expand(try interp.shapeArgument(args.positional, "expand"))) }
    method("transpose", signature: "(dim0, dim1)") { interp, t, args in
      let a = try args.bind(interp, "transpose", ["dim0", "dim1"], required: 2)
      return try interp.wrap(try t.transpose(try interp.dimension(a[0] ?? .none, "transpose"), try interp.dimension(a[1] ?? .none, "transpose")))
    }
    unary("t") { try $0.t() }
    method("permute", signature: "(*dims)") { interp, t, args in try interp.wrap(try t.permute(try interp.shapeArgument(args.positional, "permute"))) }
    method("squeeze", signature: "(dim=None)") { interp, t, args in
      let d = try args.argument(0, "dim").flatMap { $0.isNone ? nil : try interp.dimension($0, "squeeze") }
      return try interp.wrap(try t.squeeze(d))
    }
    method("unsqueeze", signature: "(dim)") { interp, t, args in try interp.wrap(try t.unsqueeze(try interp.dimension(args.argument(0, "dim") ?? .none, "unsqueeze"))) }
    method("flatten", signature: "(start_dim=0, end_dim=-1)") { interp, t, args in
      let a = try args.bind(interp, "flatten", ["start_dim", "end_dim"])
      return try interp.wrap(try t.flatten(startDim: try a[0].map { try interp.dimension($0, "flatten") } ?? 0, endDim: try a[1].map { try interp.dimension($0, "flatten") } ?? -1))
    }
    method("narrow", signature: "(dim, start, length)") { interp, t, args in
      let a = try args.bind(interp, "narrow", ["dim", "start", "length"], required: 3)
      return try interp.wrap(try t.narrow(try interp.dimension(a[0] ?? .none, "narrow"), start: try interp.dimension(a[1] ?? .none, "narrow"), length: try interp.dimension(a[2] ?? .none, "narrow")))
    }
    method("select", signature: "(dim, index)") { interp, t, args in
      let a = try args.bind(interp, "select", ["dim", "index"], required: 2)
      return try interp.wrap(try t.select(try interp.dimension(a[0] ?? .none, "select"), try interp.dimension(a[1] ?? .none, "select")))
    }
    method("unbind", signature: "(dim=0)") { interp, t, args in
      let d = try args.argument(0, "dim").map { try interp.dimension($0, "unbind") } ?? 0
      return interp.tuple(try t.unbind(d).map { try interp.wrap($0) })
    }
    method("split", signature: "(split_size, dim=0)") { interp, t, args in
      let a = try args.bind(interp, "split", ["split_size", "dim"], required: 1)
      let d = try a[1].map { try interp.dimension($0, "split") } ?? 0
      if let size = try a[0].flatMap({ try interp.indexValue($0) }) { return interp.tuple(try t.split(size, dim: d).map { try interp.wrap($0) }) }
      let sizes = try interp.shapeArgument([a[0] ?? .none], "split")
      return interp.tuple(try t.split(sizes: sizes, dim: d).map { try interp.wrap($0) })
    }
    method("chunk", signature: "(chunks, dim=0)") { interp, t, args in
      let a = try args.bind(interp, "chunk", ["chunks", "dim"], required: 1)
      return interp.tuple(try t.chunk(try interp.dimension(a[0] ?? .none, "chunk"), dim: try a[1].map { try interp.dimension($0, "chunk") } ?? 0).map { try interp.wrap($0) })
    }

    // MARK: Math
    for (name, op) in [
      ("exp", { (t: Tensor) in try t.exp() }), ("log", { try $0.log() }), ("log1p", { try $0.log1p() }), ("sqrt", { try $0.sqrt() }),
      ("rsqrt", { try $0.rsqrt() }), ("sin", { try $0.sin() }), ("cos", { try $0.cos() }), ("tanh", { try $0.tanh() }),
      ("sigmoid", { try $0.sigmoid() }), ("relu", { try $0.relu() }), ("neg", { try $0.neg() }), ("abs", { try $0.abs() }),
      ("sign", { try $0.sign() }), ("reciprocal", { try $0.reciprocal() }), ("square", { try $0.square() }), ("floor", { try $0.floor() }),
      ("ceil", { try $0.ceil() }), ("round", { try $0.round() }), ("trunc", { try $0.trunc() }), ("isnan", { try $0.isnan() }),
      ("isinf", { try $0.isinf() }), ("logical_not", { try $0.logicalNot() }),
    ] as [(String, (Tensor) throws -> Tensor)] {
      unary(name, op)
    }
    for (name, op) in [
      ("exp_", { (t: Tensor) in try t.exp_() }), ("tanh_", { try $0.tanh_() }), ("sigmoid_", { try $0.sigmoid_() }), ("relu_", { try $0.relu_() }),
      ("neg_", { try $0.neg_() }), ("zero_", { try $0.zero_() }),
    ] as [(String, (Tensor) throws -> Tensor)] {
      method(name) { interp, t, _ in
        _ = try op(t)
        return try interp.wrap(t)
      }
    }
    method("clamp", signature: "(min=None, max=None)") { interp, t, args in
      let a = try args.bind(interp, "clamp", ["min", "max"])
      return try interp.wrap(try t.clamp(min: a[0].flatMap { interp.scalarValue($0) }, max: a[1].flatMap { interp.scalarValue($0) }))
    }
    method("clamp_", signature: "(min=None, max=None)") { interp, t, args in
      let a = try args.bind(interp, "clamp_", ["min", "max"])
      try t.clamp_(min: a[0].flatMap { interp.scalarValue($0) }, max: a[1].flatMap { interp.scalarValue($0) })
      return try interp.wrap(t)
    }
    method("fill_") { interp, t, args in
      guard let v = args.positional.first, let s = interp.scalarValue(v) else { throw interp.typeError("fill_() expects a number") }
      try t.fill_(s)
      return try interp.wrap(t)
    }
    method("copy_") { interp, t, args in
      try t.copy_(try interp.expectTensor(args.positional.first, "src"))
      return try interp.wrap(t)
    }
    method("uniform_", signature: "(from=0, to=1)") { interp, t, args in
      let a = try args.bind(interp, "uniform_", ["from", "to", "generator"])
      _ = try t.uniform_(from: a[0].flatMap { interp.floatValue($0) } ?? 0, to: a[1].flatMap { interp.floatValue($0) } ?? 1, generator: try interp.generatorArgument(a[2]))
      return try interp.wrap(t)
    }
    method("normal_", signature: "(mean=0, std=1)") { interp, t, args in
      let a = try args.bind(interp, "normal_", ["mean", "std", "generator"])
      _ = try t.normal_(mean: a[0].flatMap { interp.floatValue($0) } ?? 0, std: a[1].flatMap { interp.floatValue($0) } ?? 1, generator: try interp.generatorArgument(a[2]))
      return try interp.wrap(t)
    }
    method("bernoulli_", signature: "(p=0.5)") { interp, t, args in
      let a = try args.bind(interp, "bernoulli_", ["p", "generator"])
      _ = try t.bernoulli_(a[0].flatMap { interp.floatValue($0) } ?? 0.5, generator: try interp.generatorArgument(a[1]))
      return try interp.wrap(t)
    }
    method("pow") { interp, t, args in
      guard let e = args.positional.first else { throw interp.typeError("pow() missing exponent") }
      if let et = interp.tensorValue(e) { return try interp.wrap(try t.pow(et)) }
      guard let s = interp.scalarValue(e) else { throw interp.typeError("pow() exponent must be a number or tensor") }
      return try interp.wrap(try t.pow(s))
    }
    method("matmul") { interp, t, args in try interp.wrap(try t.matmul(try interp.expectTensor(args.positional.first, "other"))) }
    method("mm") { interp, t, args in try interp.wrap(try t.mm(try interp.expectTensor(args.positional.first, "mat2"))) }
    method("bmm") { interp, t, args in try interp.wrap(try t.bmm(try interp.expectTensor(args.positional.first, "mat2"))) }
    method("mv") { interp, t, args in try interp.wrap(try t.mv(try interp.expectTensor(args.positional.first, "vec"))) }
    method("dot") { interp, t, args in try interp.wrap(try t.dot(try interp.expectTensor(args.positional.first, "other"))) }
    method("maximum") { interp, t, args in try interp.wrap(try t.maximum(try interp.expectTensor(args.positional.first, "other"))) }
    method("minimum") { interp, t, args in try interp.wrap(try t.minimum(try interp.expectTensor(args.positional.first, "other"))) }
    method("masked_fill", signature: "(mask, value)") { interp, t, args in
      guard args.count == 2, let s = interp.scalarValue(args.positional[1]) else { throw interp.typeError("masked_fill() expects (mask, value)") }
      return try interp.wrap(try t.maskedFill(try interp.expectTensor(args.positional[0], "mask"), s))
    }
    method("masked_fill_", signature: "(mask, value)") { interp, t, args in
      guard args.count == 2, let s = interp.scalarValue(args.positional[1]) else { throw interp.typeError("masked_fill_() expects (mask, value)") }
      try t.maskedFill_(try interp.expectTensor(args.positional[0], "mask"), s)
      return try interp.wrap(t)
    }
    method("equal") { interp, t, args in .bool(try t.equal(try interp.expectTensor(args.positional.first, "other"))) }
    method("allclose", signature: "(other, rtol=1e-05, atol=1e-08, equal_nan=False)") { interp, t, args in
      let a = try args.bind(interp, "allclose", ["other", "rtol", "atol", "equal_nan"], required: 1)
      return .bool(try t.allclose(try interp.expectTensor(a[0], "other"), rtol: a[1].flatMap { interp.floatValue($0) } ?? 1e-5, atol: a[2].flatMap { interp.floatValue($0) } ?? 1e-8, equalNan: try a[3].map { try interp.truthy($0) } ?? false))
    }
    method("any") { interp, t, _ in try interp.wrap(try t.any()) }
    method("all") { interp, t, _ in try interp.wrap(try t.all()) }

    // MARK: Reductions
    func reduction(_ name: String, full: @escaping (Tensor) throws -> Tensor, byDims: @escaping (Tensor, [Int], Bool) throws -> Tensor) {
      method(name, signature: "(dim=None, keepdim=False)") { interp, t, args in
        let a = try args.bind(interp, name, ["dim", "keepdim", "dtype"])
        let keep = try a[1].map { try interp.truthy($0) } ?? false
        guard let d = a[0], !d.isNone else { return try interp.wrap(try full(t)) }
        let dims: [Int]
        if case .object(let o) = d, o is PyTuple || o is PyList { dims = try interp.iterate(d).map { try interp.dimension($0, name) } } else { dims = [try interp.dimension(d, name)] }
        return try interp.wrap(try byDims(t, dims, keep))
      }
    }
    reduction("sum", full: { try $0.sum() }, byDims: { try $0.sum(dims: $1, keepDim: $2) })
    reduction("mean", full: { try $0.mean() }, byDims: { try $0.mean(dims: $1, keepDim: $2) })
    method("std", signature: "(dim=None, unbiased=True, keepdim=False)") { interp, t, args in
      let a = try args.bind(interp, "std", ["dim", "unbiased", "keepdim", "correction"])
      let dims = try a[0].flatMap { $0.isNone ? nil : try interp.shapeArgument([$0], "std") } ?? []
      let correction = try a[3].flatMap { try interp.indexValue($0) } ?? ((try a[1].map { try interp.truthy($0) } ?? true) ? 1 : 0)
      return try interp.wrap(try t.std(dims: dims, correction: correction, keepDim: try a[2].map { try interp.truthy($0) } ?? false))
    }
    method("var", signature: "(dim=None, unbiased=True, keepdim=False)") { interp, t, args in
      let a = try args.bind(interp, "var", ["dim", "unbiased", "keepdim", "correction"])
      let dims = try a[0].flatMap { $0.isNone ? nil : try interp.shapeArgument([$0], "var") } ?? []
      let correction = try a[3].flatMap { try interp.indexValue($0) } ?? ((try a[1].map { try interp.truthy($0) } ?? true) ? 1 : 0)
      return try interp.wrap(try t.variance(dims: dims, correction: correction, keepDim: try a[2].map { try interp.truthy($0) } ?? false))
    }
    unary("norm") { try $0.norm() }
    unary("prod") { try $0.prod() }
    method("cumsum", signature: "(dim)") { interp, t, args in try interp.wrap(try t.cumsum(try interp.dimension(args.argument(0, "dim") ?? .none, "cumsum"))) }

    // MARK: Python protocol
    interp.defineMethod(T, "__repr__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      return .string(t.repr())
    }
    interp.defineMethod(T, "__len__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      guard t.dim > 0 else { throw interp.typeError("len() of a 0-d tensor") }
      return .int(t.shape[0])
    }
    interp.defineMethod(T, "__iter__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      guard t.dim > 0 else { throw interp.typeError("iteration over a 0-d tensor") }
      let items = try interp.torchOp { try t.unbind(0) }
      var i = 0
      return interp.nativeIterator {
        guard i < items.count else { return nil }
        defer { i += 1 }
        return try interp.wrap(items[i])
      }
    }
    interp.defineMethod(T, "__bool__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      guard t.numel == 1 else {
        throw interp.runtimeError("Boolean value of Tensor with \(t.numel == 0 ? "no values" : "more than one value") is ambiguous")
      }
      return .bool(try interp.torchOp { try t.item() }.doubleValue != 0)
    }
    for (name, conv) in [("__float__", 0), ("__int__", 1), ("__index__", 2)] {
      interp.defineMethod(T, name) { interp, args in
        let t = try interp.expectTensor(args.positional.first, "self")
        guard t.numel == 1 else {
          if conv == 2 { throw interp.typeError("only integer tensors of a single element can be converted to an index") }
          throw interp.valueError("only one element tensors can be converted to Python scalars")
        }
        let s = try interp.torchOp { try t.item() }
        if conv == 0 { return .float(s.doubleValue) }
        if conv == 2 && t.dtype.isFloatingPoint { throw interp.typeError("only integer tensors of a single element can be converted to an index") }
        return .int(Int(s.int64Value))
      }
    }
    interp.defineMethod(T, "__hash__") { interp, args in
      guard case .object(let o)? = args.positional.first else { return .int(0) }
      return .int(ObjectIdentifier(o).hashValue >> 4)
    }
    interp.defineMethod(T, "__format__") { interp, args in
      let v = args.positional.first ?? .none
      let t = try interp.expectTensor(v, "self")
      guard case .str(let spec)? = args.positional[safe: 1] else { return .string(t.repr()) }
      if spec.value.isEmpty { return .string(t.repr()) }
      guard t.dim == 0 else { throw interp.typeError("unsupported format string passed to Tensor.__format__") }
      return .string(try interp.format(interp.pythonValue(try interp.torchOp { try t.item() }), spec.value))
    }
    TensorOperators.install(interp, b)
    TensorIndexing.install(interp, b)
    TensorMoreMethods.install(interp, b)
    TensorMathMethods.install(interp, b)
  }
}

extension DType {
  /// The dtype of a legacy type name such as `torch.LongTensor`.
  static func legacy(_ name: String) -> DType? {
    switch name {
    case "torch.FloatTensor": return .float32
    case "torch.DoubleTensor": return .float64
    case "torch.LongTensor": return .int64
    case "torch.IntTensor": return .int32
    case "torch.BoolTensor": return .bool
    default: return nil
    }
  }
}
