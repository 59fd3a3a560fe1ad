import PythonRuntime
import Torch

/// The `torch` module: tensor creation, random numbers, math functions, dtypes, grad mode, print options.
enum TorchModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let b = try interp.torch
    let ctx = b.context
    let m = interp.makeModule("torch", [])
    func fn(_ name: String, signature: String? = nil, doc: String? = nil, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name, signature: signature, doc: doc) { interp, args in
        try interp.torchOp { try body(interp, args) }
      }
    }
    m.globals["__version__"] = .string("2.15.0+swifttorch")
    m.globals["Tensor"] = .type(b.tensorType)
    m.globals["Size"] = .type(b.sizeType)
    m.globals["dtype"] = .type(b.dtypeType)
    m.globals["Generator"] = .type(b.generatorType)
    for (name, d) in [("float32", DType.float32), ("float", .float32), ("float64", .float64), ("double", .float64), ("int64", .int64), ("long", .int64), ("int32", .int32), ("int", .int32), ("bool", .bool)] {
      m.globals[name] = try interp.dtypeValue(d)
    }
    for (name, d) in [("FloatTensor", DType.float32), ("DoubleTensor", .float64), ("LongTensor", .int64), ("IntTensor", .int32), ("BoolTensor", .bool)] {
      fn(name, signature: "(data)", doc: "Legacy constructor: a \(d) tensor from nested lists, or an uninitialised one of the given sizes.") { interp, args in
        try interp.legacyTensor(args, dtype: d)
      }
    }

    // MARK: Creation
    func creation(_ name: String, doc: String, _ make: @escaping ([Int], DType?) throws -> Tensor) {
      fn(name, signature: "(*size, dtype=None, requires_grad=False)", doc: doc) { interp, args in
        let shape = try interp.shapeArgument(args.positional, name)
        let t = try make(shape, try interp.dtypeArgument(args.keyword("dtype")))
        if let rg = args.keyword("requires_grad"), try interp.truthy(rg) { _ = try t.requiresGrad(true, factory: true) }
        return try interp.wrap(t)
      }
    }
    creation("zeros", doc: "A tensor of zeros with the given shape.") { try ctx.zeros($0, dtype: $1) }
    creation("ones", doc: "A tensor of ones with the given shape.") { try ctx.ones($0, dtype: $1) }
    creation("empty", doc: "An uninitialised tensor with the given shape (SwiftTorch fills it with zeros).") { try ctx.empty($0, dtype: $1) }
    fn("full", signature: "(size, fill_value, dtype=None)", doc: "A tensor filled with one value.") { interp, args in
      let a = try args.bind(interp, "full", ["size", "fill_value", "dtype", "requires_grad"], required: 2)
      guard let v = a[1], let s = interp.scalarValue(v) else { throw interp.typeError("full(): fill_value must be a number") }
      return try interp.wrap(try ctx.full(try interp.shapeArgument([a[0] ?? .none], "full"), s, dtype: try interp.dtypeArgument(a[2])))
    }
    for (name, make) in [("zeros_like", { (t: Tensor, d: DType?) in try ctx.zerosLike(t, dtype: d) }), ("ones_like", { try ctx.onesLike($0, dtype: $1) }), ("empty_like", { try ctx.emptyLike($0, dtype: $1) })] {
      fn(name, signature: "(input, dtype=None)") { interp, args in
        try interp.wrap(try make(try interp.expectTensor(args.positional.first, "input"), try interp.dtypeArgument(args.keyword("dtype"))))
      }
    }
    fn("full_like", signature: "(input, fill_value, dtype=None)") { interp, args in
      guard args.count >= 2, let s = interp.scalarValue(args.positional[1]) else { throw interp.typeError("full_like() expects (input, fill_value)") }
      return try interp.wrap(try ctx.fullLike(try interp.expectTensor(args.positional[0], "input"), s, dtype: try interp.dtypeArgument(args.keyword("dtype"))))
    }
    fn("rand_like", signature: "(input)") { interp, args in try interp.wrap(try ctx.randLike(try interp.expectTensor(args.positional.first, "input"))) }
    fn("randn_like", signature: "(input)") { interp, args in try interp.wrap(try ctx.randnLike(try interp.expectTensor(args.positional.first, "input"))) }
    fn("tensor", signature: "(data, dtype=None, requires_grad=False)", doc: "A tensor copied from nested lists of numbers or bools; dtype inferred as torch does.") { interp, args in
      let a = try args.bind(interp, "tensor", ["data", "dtype", "device", "requires_grad"], required: 1)
      let data = try interp.nestedData(a[0] ?? .none)
      let rg = try a[3].map { try interp.truthy($0) } ?? false
      return try interp.wrap(try ctx.tensor(data, dtype: try interp.dtypeArgument(a[1]), requiresGrad: rg))
    }
    fn("arange", signature: "(start=0, end, step=1, dtype=None)", doc: "Values from start to end (exclusive) in steps.") { interp, args in
      let nums = try args.positional.map { v -> Scalar in
        guard let s = interp.scalarValue(v) else { throw interp.typeError("arange(): argument must be a number, not \(interp.typeName(v))") }
        return s
      }
      let dtype = try interp.dtypeArgument(args.keyword("dtype"))
      let end = args.keyword("end").flatMap { interp.scalarValue($0) }
      switch (nums.count, end) {
      case (0, let e?): return try interp.wrap(try ctx.arange(e, dtype: dtype))
      case (1, nil): return try interp.wrap(try ctx.arange(nums[0], dtype: dtype))
      case (1, let e?): return try interp.wrap(try ctx.arange(nums[0], e, dtype: dtype))
      case (2, _): return try interp.wrap(try ctx.arange(nums[0], nums[1], dtype: dtype))
      case (3, _): return try interp.wrap(try ctx.arange(nums[0], nums[1], step: nums[2], dtype: dtype))
      default: throw interp.typeError("arange() received an invalid combination of arguments")
      }
    }
    fn("linspace", signature: "(start, end, steps, dtype=None)") { interp, args in
      let a = try args.bind(interp, "linspace", ["start", "end", "steps", "dtype"], required: 3)
      guard let s = a[0].flatMap({ interp.floatValue($0) }), let e = a[1].flatMap({ interp.floatValue($0) }), let n = try a[2].flatMap({ try interp.indexValue($0) }) else {
        throw interp.typeError("linspace() expects numbers")
      }
      return try interp.wrap(try ctx.linspace(s, e, steps: n, dtype: try interp.dtypeArgument(a[3])))
    }
    fn("eye", signature: "(n, m=None, dtype=None)") { interp, args in
      let a = try args.bind(interp, "eye", ["n", "m", "dtype"], required: 1)
      return try interp.wrap(try ctx.eye(try interp.dimension(a[0] ?? .none, "eye"), try a[1].flatMap { $0.isNone ? nil : try interp.dimension($0, "eye") }, dtype: try interp.dtypeArgument(a[2])))
    }

    // MARK: Random
    fn("manual_seed", signature: "(seed)", doc: "Seeds the default generator (torch's mt19937, bit for bit).") { interp, args in
      guard let v = args.positional.first, let s = interp.bigInt(v) else { throw interp.typeError("manual_seed expected an int") }
      let low = Int64(truncatingIfNeeded: s)
      ctx.manualSeed(low)
      return .object(PyNativeObject(type: b.generatorType, payload: ctx.generator))
    }
    fn("initial_seed") { _, _ in .int(Int(truncatingIfNeeded: ctx.generator.initialSeed)) }
    fn("seed") { _, _ in
      let s = UInt64.random(in: 0..<(1 << 63))
      ctx.generator.manualSeed(s)
      return .int(Int(s))
    }
    func randomCreation(_ name: String, _ make: @escaping ([Int], DType?, Generator?) throws -> Tensor) {
      fn(name, signature: "(*size, generator=None, dtype=None, requires_grad=False)") { interp, args in
        let t = try make(try interp.shapeArgument(args.positional, name), try interp.dtypeArgument(args.keyword("dtype")), try interp.generatorArgument(args.keyword("generator")))
        if let rg = args.keyword("requires_grad"), try interp.truthy(rg) { _ = try t.requiresGrad(true, factory: true) }
        return try interp.wrap(t)
      }
    }
    randomCreation("randn") { try ctx.randn($0, dtype: $1, generator: $2) }
    randomCreation("rand") { try ctx.rand($0, dtype: $1, generator: $2) }
    fn("randint", signature: "(low=0, high, size, generator=None, dtype=torch.int64)") { interp, args in
      var ints: [Int64] = []
      var size: [Int] = []
      for v in args.positional {
        if case .object(let o) = v, o is PyTuple || o is PyList { size = try interp.shapeArgument([v], "randint") } else if let i = try interp.indexValue(v) { ints.append(Int64(i)) }
      }
      if let s = args.keyword("size") { size = try interp.shapeArgument([s], "randint") }
      if let h = args.keyword("high"), let i = try interp.indexValue(h) { ints.append(Int64(i)) }
      let (low, high): (Int64, Int64) = ints.count >= 2 ? (ints[0], ints[1]) : (0, ints.first ?? 0)
      guard low < high else { throw interp.runtimeError("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)") }
      return try interp.wrap(try ctx.randint(low: low, high: high, size, dtype: try interp.dtypeArgument(args.keyword("dtype")) ?? .int64, generator: try interp.generatorArgument(args.keyword("generator"))))
    }
    fn("randperm", signature: "(n, generator=None)") { interp, args in
      try interp.wrap(try ctx.randperm(try interp.dimension(args.positional.first ?? .none, "randperm"), generator: try interp.generatorArgument(args.keyword("generator"))))
    }

    // MARK: Functions that mirror tensor methods
    for name in ["exp", "log", "log1p", "sqrt", "rsqrt", "sin", "cos", "tanh", "sigmoid", "relu", "neg", "abs", "sign", "floor", "ceil", "round", "trunc", "isnan", "isinf",
                 "logical_not", "sum", "mean", "std", "var", "prod", "norm", "cumsum", "matmul", "mm", "bmm", "mv", "dot", "maximum", "minimum", "add", "sub", "mul", "div",
                 "pow", "clamp", "masked_fill", "eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_or", "equal", "allclose", "flatten", "reshape", "transpose",
                 "t", "permute", "squeeze", "unsqueeze", "narrow", "select", "unbind", "split", "chunk", "numel", "clone", "detach", "any", "all", "remainder", "floor_divide",
                 "square", "reciprocal", "max", "min", "argmax", "argmin", "sort", "argsort", "topk", "softmax", "log_softmax", "gather",
                 "index_select", "masked_select", "nonzero", "repeat", "scatter", "scatter_add", "movedim",
                 "exp2", "expm1", "log2", "log10", "tan", "asin", "acos", "atan", "arcsin", "arccos", "arctan", "sinh", "cosh", "frac", "fix",
                 "fmod", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "logical_xor", "true_divide", "divide"] {
      m.globals[name] = interp.makeFunction(name) { interp, args in
        guard let first = args.positional.first else { throw interp.typeError("\(name)() missing required argument 'input' (pos 1)") }
        return try interp.callMethod(first, name, CallArguments(Array(args.positional.dropFirst()), keywords: args.keywords))
      }
    }
    fn("addmm", signature: "(input, mat1, mat2)") { interp, args in
      guard args.count == 3 else { throw interp.typeError("addmm() expects (input, mat1, mat2)") }
      return try interp.wrap(try Tensor.addmm(try interp.expectTensor(args.positional[0], "input"), try interp.expectTensor(args.positional[1], "mat1"), try interp.expectTensor(args.positional[2], "mat2")))
    }
    fn("where", signature: "(condition, input, other)") { interp, args in
      guard args.count == 3 else { throw interp.typeError("where() expects (condition, input, other)") }
      let cond = try interp.expectTensor(args.positional[0], "condition")
      func operand(_ v: Value) throws -> Tensor {
        if let t = interp.tensorValue(v) { return t }
        guard let s = interp.scalarValue(v) else { throw interp.typeError("where(): expected a tensor or number") }
        return try ctx.wrap(s)
      }
      return try interp.wrap(try Tensor.where(cond, try operand(args.positional[1]), try operand(args.positional[2])))
    }
    for (name, isStack) in [("cat", false), ("concat", false), ("concatenate", false), ("stack", true)] {
      fn(name, signature: "(tensors, dim=0)") { interp, args in
        let a = try args.bind(interp, name, ["tensors", "dim"], required: 1)
        let ts = try interp.iterate(a[0] ?? .none).map { try interp.expectTensor($0, "tensors") }
        let d = try a[1].map { try interp.dimension($0, name) } ?? 0
        return try interp.wrap(isStack ? try Tensor.stack(ts, dim: d) : try Tensor.cat(ts, dim: d))
      }
    }
    fn("is_tensor") { interp, args in .bool(interp.tensorValue(args.positional.first ?? .none) != nil) }

    // MARK: Grad mode, dtype, print options, threads
    fn("is_grad_enabled") { _, _ in .bool(ctx.gradEnabled) }
    fn("_set_grad_enabled") { interp, args in
      ctx.gradEnabled = try interp.truthy(args.positional.first ?? .bool(true))
      return .none
    }
    fn("get_default_dtype") { interp, _ in try interp.dtypeValue(ctx.defaultDType) }
    fn("set_default_dtype", signature: "(d)") { interp, args in
      guard let d = try interp.dtypeArgument(args.positional.first) else { throw interp.typeError("set_default_dtype() expects a dtype") }
      try ctx.setDefaultDType(d)
      return .none
    }
    fn("set_printoptions", signature: "(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None)") { interp, args in
      let a = try args.bind(interp, "set_printoptions", ["precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode"])
      if case .str(let p)? = a[4] {
        var o = PrintOptions()
        switch p.value {
        case "short": o.precision = 2; o.edgeItems = 2
        case "full": o.threshold = Int.max
        default: break
        }
        ctx.printOptions = o
      }
      if let v = a[0], let n = try interp.indexValue(v) { ctx.printOptions.precision = n }
      if let v = a[1] { ctx.printOptions.threshold = try interp.indexValue(v) ?? Int(interp.floatValue(v).map { $0.isInfinite ? Double(Int.max / 2) : $0 } ?? 1000) }
      if let v = a[2], let n = try interp.indexValue(v) { ctx.printOptions.edgeItems = n }
      if let v = a[3], let n = try interp.indexValue(v) { ctx.printOptions.lineWidth = n }
      if let v = a[5] { ctx.printOptions.sciMode = v.isNone ? nil : try interp.truthy(v) }
      return .none
    }
    var threads = 2
    fn("get_num_threads") { _, _ in .int(threads) }
    fn("set_num_threads") { interp, args in
      threads = try interp.indexValue(args.positional.first ?? .int(1)) ?? 1
      return .none
    }
    fn("device", signature: "(type)") { interp, args in
      guard case .str(let s)? = args.positional.first else { return try interp.torch.cpuDevice }
      return .object(PyNativeObject(type: b.deviceType, payload: s.value))
    }
    interp.defineMethod(b.deviceType, "__repr__") { interp, args in
      guard case .object(let o)? = args.positional.first, let d = o as? PyNativeObject<String> else { return .string("device(type='cpu')") }
      return .string("device(type='\(d.payload)')")
    }
    interp.defineMethod(b.deviceType, "__str__") { interp, args in
      guard case .object(let o)? = args.positional.first, let d = o as? PyNativeObject<String> else { return .string("cpu") }
      return .string(d.payload)
    }
    interp.defineProperty(b.deviceType, "type", get: { _, v in
      guard case .object(let o) = v, let d = o as? PyNativeObject<String> else { return .string("cpu") }
      return .string(String(d.payload.split(separator: ":").first ?? "cpu"))
    })
    b.cpuDevice = .object(PyNativeObject(type: b.deviceType, payload: "cpu"))

    // dtype objects
    interp.defineMethod(b.dtypeType, "__repr__") { interp, args in
      guard case .object(let o)? = args.positional.first, let d = o as? PyNativeObject<DType> else { return .string("torch.dtype") }
      return .string(d.payload.description)
    }
    interp.defineProperty(b.dtypeType, "is_floating_point", get: { _, v in
      guard case .object(let o) = v, let d = o as? PyNativeObject<DType> else { return .bool(false) }
      return .bool(d.payload.isFloatingPoint)
    })
    // torch.Size
    interp.defineMethod(b.sizeType, "__repr__") { interp, args in
      guard case .object(let o)? = args.positional.first, let t = o as? PyTuple else { return .string("torch.Size([])") }
      return .string("torch.Size([" + (try t.items.map { try interp.repr($0) }.joined(separator: ", ")) + "])")
    }
    interp.defineMethod(b.sizeType, "numel") { interp, args in
      guard case .object(let o)? = args.positional.first, let t = o as? PyTuple else { return .int(1) }
      return .int(t.items.reduce(1) { $0 * (interp.smallIntValue($1) ?? 1) })
    }
    b.sizeType.constructor = { interp, cls, args in
      .object(PyTuple(type: cls, items: try args.positional.first.map { try interp.iterate($0) } ?? []))
    }
    b.tensorType.constructor = { interp, _, args in try interp.legacyTensor(args, dtype: ctx.defaultDType) }
    try GeneratorBinding.install(interp, b, m)
    return .object(m)
  }
}

extension Interpreter {
  /// `torch.Tensor(data)` / `torch.LongTensor(data)` / `torch.FloatTensor(2, 3)`.
  func legacyTensor(_ args: CallArguments, dtype: DType) throws -> Value {
    let ctx = try torch.context
    if args.positional.isEmpty { return try wrap(try torchOp { try ctx.empty([0], dtype: dtype) }) }
    if args.count == 1, case .object(let o) = args.positional[0], o is PyList || o is PyTuple || o is PyTensor {
      if let t = tensorValue(args.positional[0]) { return try wrap(try torchOp { try t.toType(dtype) }) }
      let data = try nestedData(args.positional[0])
      return try wrap(try torchOp { try ctx.tensor(data, dtype: dtype) })
    }
    let shape = try shapeArgument(args.positional, "Tensor")
    return try wrap(try torchOp { try ctx.zeros(shape, dtype: dtype) })
  }

  func smallIntValue(_ v: Value) -> Int? {
    if case .int(let i) = v { return i }
    return nil
  }
}
