import PythonRuntime
import Torch

/// `tensor[...]` and `tensor[...] = value`: Python subscripts turned into Torch's TensorIndex items.
enum TensorIndexing {
  static func install(_ interp: Interpreter, _ b: TorchBinding) {
    interp.defineMethod(b.tensorType, "__getitem__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      let items = try interp.tensorIndices(args.positional[safe: 1] ?? .none, context: b.context)
      return try interp.torchOp { try interp.wrap(try t.index(items)) }
    }
    interp.defineMethod(b.tensorType, "__setitem__") { interp, args in
      let t = try interp.expectTensor(args.positional.first, "self")
      let items = try interp.tensorIndices(args.positional[safe: 1] ?? .none, context: b.context)
      let v = args.positional[safe: 2] ?? .none
      try interp.torchOp {
        if let src = interp.tensorValue(v) {
          try t.indexPut_(items, src)
        } else if let s = interp.scalarValue(v) {
          try t.indexPut_(items, s)
        } else {
          try t.indexPut_(items, try b.context.tensor(try interp.nestedData(v), dtype: t.dtype))
        }
      }
      return .none
    }
  }
}

extension Interpreter {
  /// The subscript of `t[index]` as a list of TensorIndex items (a tuple gives several).
  func tensorIndices(_ index: Value, context: TorchContext) throws -> [TensorIndex] {
    if case .object(let o) = index, let tup = o as? PyTuple, o.type === types.tuple {
      return try tup.items.map { try tensorIndex($0, context: context) }
    }
    return [try tensorIndex(index, context: context)]
  }

  private func tensorIndex(_ v: Value, context: TorchContext) throws -> TensorIndex {
    switch v {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .object(let o):
      if let s = o as? PySlice {
        func part(_ x: Value) throws -> Int? {
          if x.isNone { return nil }
          if let i = try indexValue(x) { return i }
          if let t = tensorValue(x), t.numel == 1, !t.dtype.isFloatingPoint { return Int(try torchOp { try t.item() }.int64Value) }
          throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        return .slice(start: try part(s.start), end: try part(s.stop), step: try part(s.step))
      }
      if let t = o as? PyTensor {
        if t.tensor.dim == 0 && !t.tensor.dtype.isFloatingPoint && t.tensor.dtype != .bool {
          return .int(Int(try torchOp { try t.tensor.item() }.int64Value))
        }
        return .tensor(t.tensor)
      }
      if o.type === types.ellipsis { return .ellipsis }
      if o is PyList || o is PyTuple {
        let data = try nestedData(v)
        return .tensor(try torchOp { try context.tensor(data) })
      }
      if let i = try indexValue(v) { return .int(i) }
    default: break
    }
    throw indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(typeName(v)))")
  }
}
