import PythonRuntime
import Torch

/// Python operators on tensors (`+`, `-`, `*`, `/`, `//`, `%`, `**`, `@`, comparisons, in-place forms)
/// and their method spellings (`add`, `mul_`, `eq`, ...), with scalars on either side.
enum TensorOperators {
  enum Operand {
    case tensor(Tensor)
    case scalar(Scalar)
  }

  static func operand(_ interp: Interpreter, _ v: Value) -> Operand? {
    if let t = interp.tensorValue(v) { return .tensor(t) }
    if let s = interp.scalarValue(v) { return .scalar(s) }
    return nil
  }

  static func install(_ interp: Interpreter, _ b: TorchBinding) {
    let T = b.tensorType
    /// A binary operator: (tensor, operand) -> tensor, returning NotImplemented for other operand types.
    func binary(_ names: [String], _ op: @escaping (Tensor, Operand) throws -> Tensor) {
      for name in names {
        interp.defineMethod(T, name) { interp, args in
          let t = try interp.expectTensor(args.positional.first, "self")
          guard let other = args.positional[safe: 1] ?? args.keyword("other"), let x = operand(interp, other) else {
            if name.hasPrefix("__") { return interp.notImplementedValue }
            throw interp.typeError("\(name)(): argument 'other' must be Tensor or Number")
          }
          return try interp.torchOp { try interp.wrap(try op(t, x)) }
        }
      }
    }
    func inplace(_ names: [String], _ op: @escaping (Tensor, Operand) throws -> Void) {
      for name in names {
        interp.defineMethod(T, name) { interp, args in
          let v = args.positional.first ?? .none
          let t = try interp.expectTensor(v, "self")
          guard let other = args.positional[safe: 1], let x = operand(interp, other) else {
            if name.hasPrefix("__") { return interp.notImplementedValue }
            throw interp.typeError("\(name)(): argument 'other' must be Tensor or Number")
          }
          try interp.torchOp { try op(t, x) }
          return v
        }
      }
    }
    binary(["__add__", "__radd__", "add"]) { t, x in
      switch x {
      case .tensor(let o): return try t.add(o)
      case .scalar(let s): return try t.add(s)
      }
    }
    binary(["__sub__", "sub"]) { t, x in
      switch x {
      case .tensor(let o): return try t.sub(o)
      case .scalar(let s): return try t.sub(s)
      }
    }
    binary(["__rsub__"]) { t, x in
      switch x {
      case .tensor(let o): return try o.sub(t)
      case .scalar(let s): return try t.rsub(s)
      }
    }
    binary(["__mul__", "__rmul__", "mul"]) { t, x in
      switch x {
      case .tensor(let o): return try t.mul(o)
      case .scalar(let s): return try t.mul(s)
      }
    }
    binary(["__truediv__", "div", "true_divide"]) { t, x in
      switch x {
      case .tensor(let o): return try t.div(o)
      case .scalar(let s): return try t.div(s)
      }
    }
    binary(["__rtruediv__"]) { t, x in
      switch x {
      case .tensor(let o): return try o.div(t)
      case .scalar(let s): return try t.rdiv(s)
      }
    }
    binary(["__floordiv__", "floor_divide"]) { t, x in
      switch x {
      case .tensor(let o): return try t.floorDivide(o)
      case .scalar(let s): return try t.floorDivide(s)
      }
    }
    binary(["__mod__", "remainder"]) { t, x in
      switch x {
      case .tensor(let o): return try t.remainder(o)
      case .scalar(let s): return try t.remainder(s)
      }
    }
    binary(["__pow__"]) { t, x in
      switch x {
      case .tensor(let o): return try t.pow(o)
      case .scalar(let s): return try t.pow(s)
      }
    }
    binary(["__rpow__"]) { t, x in
      switch x {
      case .tensor(let o): return try o.pow(t)
      case .scalar(let s): return try t.rpow(s)
      }
    }
    binary(["__matmul__"]) { t, x in
      guard case .tensor(let o) = x else { throw TorchError(.typeError, "matmul(): argument 'other' must be Tensor") }
      return try t.matmul(o)
    }
    binary(["__rmatmul__"]) { t, x in
      guard case .tensor(let o) = x else { throw TorchError(.typeError, "matmul(): argument 'other' must be Tensor") }
      return try o.matmul(t)
    }
    for (names, kind) in [(["__eq__", "eq"], 0), (["__ne__", "ne"], 1), (["__lt__", "lt"], 2), (["__le__", "le"], 3), (["__gt__", "gt"], 4), (["__ge__", "ge"], 5)] {
      binary(names) { t, x in
        switch (kind, x) {
        case (0, .tensor(let o)): return try t.eq(o)
        case (0, .scalar(let s)): return try t.eq(s)
        case (1, .tensor(let o)): return try t.ne(o)
        case (1, .scalar(let s)): return try t.ne(s)
        case (2, .tensor(let o)): return try t.lt(o)
        case (2, .scalar(let s)): return try t.lt(s)
        case (3, .tensor(let o)): return try t.le(o)
        case (3, .scalar(let s)): return try t.le(s)
        case (4, .tensor(let o)): return try t.gt(o)
        case (4, .scalar(let s)): return try t.gt(s)
        case (_, .tensor(let o)): return try t.ge(o)
        case (_, .scalar(let s)): return try t.ge(s)
        }
      }
    }
    for (names, kind) in [(["__and__", "logical_and"], 0), (["__or__", "logical_or"], 1), (["__xor__", "logical_xor"], 2)] {
      binary(names) { t, x in
        let o: Tensor
        switch x {
        case .tensor(let ot): o = ot
        case .scalar(let s): o = try t.context.wrap(s)
        }
        switch kind {
        case 0: return try t.logicalAnd(o)
        case 1: return try t.logicalOr(o)
        default: return try t.logicalXor(o)
        }
      }
    }
    interp.defineMethod(T, "__neg__") { interp, args in try interp.torchOp { try interp.wrap(try interp.expectTensor(args.positional.first, "self").neg()) } }
    interp.defineMethod(T, "__pos__") { _, args in args.positional.first ?? .none }
    interp.defineMethod(T, "__abs__") { interp, args in try interp.torchOp { try interp.wrap(try interp.expectTensor(args.positional.first, "self").abs()) } }
    interp.defineMethod(T, "__invert__") { interp, args in try interp.torchOp { try interp.wrap(try interp.expectTensor(args.positional.first, "self").bitwiseNot()) } }

    inplace(["__iadd__", "add_"]) { t, x in
      switch x {
      case .tensor(let o): try t.add_(o)
      case .scalar(let s): try t.add_(s)
      }
    }
    inplace(["__isub__", "sub_"]) { t, x in
      switch x {
      case .tensor(let o): try t.sub_(o)
      case .scalar(let s): try t.sub_(s)
      }
    }
    inplace(["__imul__", "mul_"]) { t, x in
      switch x {
      case .tensor(let o): try t.mul_(o)
      case .scalar(let s): try t.mul_(s)
      }
    }
    inplace(["__itruediv__", "div_"]) { t, x in
      switch x {
      case .tensor(let o): try t.div_(o)
      case .scalar(let s): try t.div_(s)
      }
    }
    inplace(["pow_"]) { t, x in
      guard case .scalar(let s) = x else { throw TorchError(.typeError, "pow_() expects a number") }
      try t.pow_(s)
    }
  }
}
