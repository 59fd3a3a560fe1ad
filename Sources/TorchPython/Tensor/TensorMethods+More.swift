import PythonRuntime
import Torch

/// Reductions with indices, sorting, softmax, gathering and scattering, joining: the methods that came
/// with Torch's second batch of ops.
enum TensorMoreMethods {
  static func install(_ interp: Interpreter, _ b: TorchBinding) {
    let T = b.tensorType
    func method(_ name: String, signature: String? = nil, _ body: @escaping (Interpreter, Tensor, CallArguments) throws -> Value) {
      interp.defineMethod(T, name, signature: signature) { interp, args in
        let t = try interp.expectTensor(args.positional.first, "self")
        return try interp.torchOp { try body(interp, t, args.dropReceiver) }
      }
    }
    func dimArg(_ interp: Interpreter, _ v: Value?, _ name: String) throws -> Int? {
      guard let v, !v.isNone else { return nil }
      return try interp.dimension(v, name)
    }
    for (name, largest) in [("max", true), ("min", false)] {
      method(name, signature: "(dim=None, keepdim=False)") { interp, t, args in
        if let other = args.positional.first, let ot = interp.tensorValue(other) {
          return try interp.wrap(largest ? try t.maximum(ot) : try t.minimum(ot))
        }
        let a = try args.bind(interp, name, ["dim", "keepdim"])
        guard let d = try dimArg(interp, a[0], name) else { return try interp.wrap(largest ? try t.max() : try t.min()) }
        let keep = try a[1].map { try interp.truthy($0) } ?? false
        let r = largest ? try t.max(dim: d, keepDim: keep) : try t.min(dim: d, keepDim: keep)
        return try interp.returnTypes(name, ["values", "indices"], [try interp.wrap(r.values), try interp.wrap(r.indices)])
      }
    }
    for (name, isMax) in [("argmax", true), ("argmin", false)] {
      method(name, signature: "(dim=None, keepdim=False)") { interp, t, args in
        let a = try args.bind(interp, name, ["dim", "keepdim"])
        let keep = try a[1].map { try interp.truthy($0) } ?? false
        let d = try dimArg(interp, a[0], name)
        return try interp.wrap(isMax ? try t.argmax(dim: d, keepDim: keep) : try t.argmin(dim: d, keepDim: keep))
      }
    }
    method("sort", signature: "(dim=-1, descending=False, stable=False)") { interp, t, args in
      let a = try args.bind(interp, "sort", ["dim", "descending", "stable"])
      let r = try t.sort(dim: try dimArg(interp, a[0], "sort") ?? -1, descending: try a[1].map { try interp.truthy($0) } ?? false)
      return try interp.returnTypes("sort", ["values", "indices"], [try interp.wrap(r.values), try interp.wrap(r.indices)])
    }
    method("argsort", signature: "(dim=-1, descending=False)") { interp, t, args in
      let a = try args.bind(interp, "argsort", ["dim", "descending", "stable"])
      return try interp.wrap(try t.sort(dim: try dimArg(interp, a[0], "argsort") ?? -1, descending: try a[1].map { try interp.truthy($0) } ?? false).indices)
    }
    method("topk", signature: "(k, dim=-1, largest=True, sorted=True)") { interp, t, args in
      let a = try args.bind(interp, "topk", ["k", "dim", "largest", "sorted"], required: 1)
      let r = try t.topk(try interp.dimension(a[0] ?? .none, "topk"), dim: try dimArg(interp, a[1], "topk") ?? -1, largest: try a[2].map { try interp.truthy($0) } ?? true)
      return try interp.returnTypes("topk", ["values", "indices"], [try interp.wrap(r.values), try interp.wrap(r.indices)])
    }
    for (name, log) in [("softmax", false), ("log_softmax", true)] {
      method(name, signature: "(dim)") { interp, t, args in
        guard let d = try dimArg(interp, args.argument(0, "dim"), name) else { throw interp.typeError("\(name)() missing required argument 'dim'") }
        return try interp.wrap(log ? try t.logSoftmax(dim: d) : try t.softmax(dim: d))
      }
    }
    method("gather", signature: "(dim, index)") { interp, t, args in
      let a = try args.bind(interp, "gather", ["dim", "index"], required: 2)
      return try interp.wrap(try t.gather(try interp.dimension(a[0] ?? .none, "gather"), try interp.expectTensor(a[1], "index")))
    }
    for (name, inPlace) in [("scatter", false), ("scatter_", true)] {
      method(name, signature: "(dim, index, src)") { interp, t, args in
        let a = try args.bind(interp, name, ["dim", "index", "src", "value", "reduce"], required: 2)
        let d = try interp.dimension(a[0] ?? .none, name)
        let index = try interp.expectTensor(a[1], "index")
        let srcValue = a[2] ?? a[3] ?? .none
        if let src = interp.tensorValue(srcValue) {
          if inPlace {
            try t.scatter_(d, index, src)
            return try interp.wrap(t)
          }
          return try interp.wrap(try t.scatter(d, index, src))
        }
        guard let s = interp.scalarValue(srcValue) else { throw interp.typeError("\(name)() expects src as a tensor or value as a number") }
        if inPlace {
          try t.scatter_(d, index, value: s)
          return try interp.wrap(t)
        }
        return try interp.wrap(try t.scatter(d, index, value: s))
      }
    }
    method("scatter_add", signature: "(dim, index, src)") { interp, t, args in
      let a = try args.bind(interp, "scatter_add", ["dim", "index", "src"], required: 3)
      return try interp.wrap(try t.scatterAdd(try interp.dimension(a[0] ?? .none, "scatter_add"), try interp.expectTensor(a[1], "index"), try interp.expectTensor(a[2], "src")))
    }
    method("index_select", signature: "(dim, index)") { interp, t, args in
      let a = try args.bind(interp, "index_select", ["dim", "index"], required: 2)
      return try interp.wrap(try t.indexSelect(try interp.dimension(a[0] ?? .none, "index_select"), try interp.expectTensor(a[1], "index")))
    }
    method("masked_select", signature: "(mask)") { interp, t, args in try interp.wrap(try t.maskedSelect(try interp.expectTensor(args.argument(0, "mask"), "mask"))) }
    method("nonzero") { interp, t, _ in try interp.wrap(try t.nonzero()) }
    method("repeat", signature: "(*sizes)") { interp, t, args in try interp.wrap(try t.repeat(try interp.shapeArgument(args.positional, "repeat"))) }
    method("movedim", signature: "(source, destination)") { interp, t, args in
      let a = try args.bind(interp, "movedim", ["source", "destination"], required: 2)
      return try interp.wrap(try t.movedim(try interp.dimension(a[0] ?? .none, "movedim"), to: try interp.dimension(a[1] ?? .none, "movedim")))
    }
    method("random_", signature: "(from=0, to=None)") { interp, t, args in
      let ctx = b.context
      let g = try interp.generatorArgument(args.keyword("generator")) ?? ctx.generator
      if let hi = args.argument(1, "to") ?? (args.count == 1 ? args.positional.first : nil), !hi.isNone {
        let low: Int64 = args.count >= 2 ? Int64(try interp.dimension(args.positional[0], "random_")) : 0
        let high = Int64(try interp.dimension(hi, "random_"))
        try t.copy_(try ctx.randint(low: low, high: high, t.shape, dtype: .int64, generator: g).toType(t.dtype))
        return try interp.wrap(t)
      }
      // No bounds: [0, 2**63) for int64 (one 64-bit draw, as ATen's full-range random_), [0, 2**24] / [0, 2**53] for floats.
      var values: [Int64] = []
      values.reserveCapacity(t.numel)
      for _ in 0..<t.numel {
        switch t.dtype {
        case .int64: values.append(Int64(bitPattern: g.random64() & 0x7FFF_FFFF_FFFF_FFFF))
        case .float32: values.append(Int64(g.random() % ((1 << 24) + 1)))
        case .float64: values.append(Int64(g.random64() % ((1 << 53) + 1)))
        case .int32: values.append(Int64(g.random() % (1 << 31)))
        case .bool: values.append(Int64(g.random() % 2))
        }
      }
      try t.copy_(try ctx.tensor(values, shape: t.shape).toType(t.dtype))
      return try interp.wrap(t)
    }
  }
}

extension Interpreter {
  /// A `torch.return_types.NAME(values=..., indices=...)` structseq: a tuple with named fields.
  func returnTypes(_ name: String, _ fields: [String], _ values: [Value]) throws -> Value {
    let key = "torch.return_types." + name
    let type: PyType
    if let box = extensions[key] as? PyTypeBox {
      type = box.type
    } else {
      type = PyType(name: name, module: "torch.return_types", bases: [types.tuple], generic: false)
      for (i, f) in fields.enumerated() {
        defineProperty(type, f, get: { _, v in
          guard case .object(let o) = v, let t = o as? PyTuple else { return .none }
          return t.items[safe: i] ?? .none
        })
      }
      defineMethod(type, "__repr__") { interp, args in
        guard case .object(let o)? = args.positional.first, let t = o as? PyTuple else { return .string(key) }
        let parts = try zip(fields, t.items).map { "\($0)=\(try interp.repr($1))" }
        return .string("\(key)(\n" + parts.joined(separator: ",\n") + ")")
      }
      extensions[key] = PyTypeBox(type: type)
    }
    return .object(PyTuple(type: type, items: values))
  }
}
