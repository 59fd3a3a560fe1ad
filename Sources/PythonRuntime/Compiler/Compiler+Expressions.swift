extension Compiler {
  /// Compiles an expression to a closure.
  func compile(_ e: Expr) throws(SyntaxError) -> ExprCode {
    let interp = self.interp
    switch e.kind {
    case .name(let n):
      return loadName(n, at: range(e))

    case .constant(let c):
      let v = constantValue(c)
      return { _ in v }

    case .joinedStr(let parts):
      let compiled = try parts.map { (p: Expr) throws(SyntaxError) -> ExprCode in try compile(p) }
      return { frame in
        var s = ""
        for p in compiled {
          let v = try p(frame)
          if case .str(let text) = v { s += text.value } else { s += try interp.str(v) }
        }
        return .string(s)
      }

    case .formattedValue(let valueExpr, let conversion, let specExpr):
      let value = try compile(valueExpr)
      let spec = try specExpr.map { (s: Expr) throws(SyntaxError) -> ExprCode in try compile(s) }
      return { frame in
        var v = try value(frame)
        switch conversion {
        case "r": v = .string(try interp.repr(v))
        case "s": v = .string(try interp.str(v))
        case "a": v = .string(try interp.repr(v))
        default: break
        }
        var specText = ""
        if let spec, case .str(let s) = try spec(frame) { specText = s.value }
        return .string(try interp.format(v, specText))
      }

    case .list(let items):
      let build = try compileItems(items)
      return { frame in .object(PyList(type: interp.types.list, items: try build(frame))) }

    case .tuple(let items):
      if items.allSatisfy({ if case .constant = $0.kind { return true } else { return false } }) {
        let v = interp.tuple(items.compactMap { if case .constant(let c) = $0.kind { return constantValue(c) } else { return nil } })
        return { _ in v }
      }
      let build = try compileItems(items)
      return { frame in .object(PyTuple(type: interp.types.tuple, items: try build(frame))) }

    case .set(let items):
      let build = try compileItems(items)
      return { frame in
        let s = PySet(type: interp.types.set)
        for v in try build(frame) { s.storage.set(try interp.key(v), .none) }
        return .object(s)
      }

    case .dict(let keys, let values):
      var entries: [(ExprCode?, ExprCode)] = []
      for (k, v) in zip(keys, values) {
        entries.append((try k.map { (x: Expr) throws(SyntaxError) -> ExprCode in try compile(x) }, try compile(v)))
      }
      let all = entries
      return { frame in
        let d = PyDict(type: interp.types.dict)
        for (k, v) in all {
          if let k {
            let key = try k(frame)
            try interp.dictSet(d, key, try v(frame))
          } else {
            let other = try v(frame)
            try interp.mergeMapping(into: d, from: other)
          }
        }
        return .object(d)
      }

    case .starred:
      throw SyntaxError("can't use starred expression here", at: e.location)

    case .boolOp(let op, let values):
      let compiled = try values.map { (v: Expr) throws(SyntaxError) -> ExprCode in try compile(v) }
      let isAnd = op == .and
      return { frame in
        var last: Value = .none
        for c in compiled {
          last = try c(frame)
          let t = try interp.truthy(last)
          if isAnd ? !t : t { return last }
        }
        return last
      }

    case .binOp(let l, let op, let r):
      let pos = range(e, anchor: .binary(leftEnd: l.end.line == l.location.line ? l.end.column : -1, rightStart: r.location.column))
      let left = try compile(l)
      if case .constant(.int(let k)) = r.kind, op == .add || op == .sub || op == .mult || op == .mod || op == .floorDiv {
        let kv = Value.int(k)
        return { frame in
          let a = try left(frame)
          if case .int(let x) = a {
            switch op {
            case .add:
              let (s, o) = x.addingReportingOverflow(k)
              if !o { return .int(s) }
            case .sub:
              let (s, o) = x.subtractingReportingOverflow(k)
              if !o { return .int(s) }
            default: break
            }
          }
          do { return try interp.binary(op, a, kv) } catch { throw Compiler.note(error, pos) }
        }
      }
      let right = try compile(r)
      return { frame in
        let a = try left(frame)
        let b = try right(frame)
        do { return try interp.binary(op, a, b) } catch { throw Compiler.note(error, pos) }
      }

    case .unaryOp(let op, let operand):
      if op == .minus, case .constant(.int(let k)) = operand.kind, k != Int.min {
        let v = Value.int(-k)
        return { _ in v }
      }
      if op == .minus, case .constant(.float(let d)) = operand.kind {
        let v = Value.float(-d)
        return { _ in v }
      }
      if op == .not {
        let cond = try compileCondition(operand)
        return { frame in .bool(!(try cond(frame))) }
      }
      let v = try compile(operand)
      let pos = range(e)
      return { frame in
        let x = try v(frame)
        do { return try interp.unary(op, x) } catch { throw Compiler.note(error, pos) }
      }

    case .compare(let leftExpr, let rest):
      let left = try compile(leftExpr)
      let pos = range(e)
      if rest.count == 1, let (op, rightExpr) = rest.first {
        let right = try compile(rightExpr)
        return { frame in
          let a = try left(frame)
          let b = try right(frame)
          do { return try interp.compare(op, a, b) } catch { throw Compiler.note(error, pos) }
        }
      }
      let parts = try rest.map { (pair: (CompareOperator, Expr)) throws(SyntaxError) -> (CompareOperator, ExprCode) in (pair.0, try compile(pair.1)) }
      return { frame in
        var a = try left(frame)
        var result: Value = .bool(true)
        for (op, c) in parts {
          let b = try c(frame)
          do {
            result = try interp.compare(op, a, b)
            if !(try interp.truthy(result)) { return result }
          } catch { throw Compiler.note(error, pos) }
          a = b
        }
        return result
      }

    case .ifExp(let testExpr, let bodyExpr, let elseExpr):
      let test = try compileCondition(testExpr)
      let body = try compile(bodyExpr)
      let other = try compile(elseExpr)
      return { frame in try test(frame) ? try body(frame) : try other(frame) }

    case .namedExpr(let target, let valueExpr):
      let value = try compile(valueExpr)
      let store = storeName(target)
      return { frame in
        let v = try value(frame)
        try store(frame, v)
        return v
      }

    case .lambda(let args, let body):
      return try compileLambda(e, args: args, body: body)

    case .call(let fExpr, let args, let keywords):
      return try compileCall(e, fExpr, args, keywords)

    case .attribute(let objExpr, let name):
      let obj = try compile(objExpr)
      let pos = range(e)
      return { frame in
        let o = try obj(frame)
        do { return try interp.getAttribute(o, name) } catch { throw Compiler.note(error, pos) }
      }

    case .subscript(let objExpr, let indexExpr):
      let obj = try compile(objExpr)
      let pos = range(e, anchor: .subscript(valueEnd: objExpr.end.column, indexEnd: indexExpr.end.column))
      if case .constant(.int(let k)) = indexExpr.kind {
        let kv = Value.int(k)
        return { frame in
          let o = try obj(frame)
          if case .object(let lo) = o, let l = lo as? PyList {
            let i = k < 0 ? k + l.items.count : k
            if i >= 0 && i < l.items.count { return l.items[i] }
          }
          do { return try interp.getItem(o, kv) } catch { throw Compiler.note(error, pos) }
        }
      }
      let index = try compile(indexExpr)
      return { frame in
        let o = try obj(frame)
        let i = try index(frame)
        do { return try interp.getItem(o, i) } catch { throw Compiler.note(error, pos) }
      }

    case .slice(let lo, let hi, let st):
      let l = try lo.map { (x: Expr) throws(SyntaxError) -> ExprCode in try compile(x) }
      let h = try hi.map { (x: Expr) throws(SyntaxError) -> ExprCode in try compile(x) }
      let s = try st.map { (x: Expr) throws(SyntaxError) -> ExprCode in try compile(x) }
      return { frame in
        .object(PySlice(type: interp.types.slice, start: try l?(frame) ?? .none, stop: try h?(frame) ?? .none, step: try s?(frame) ?? .none))
      }

    case .listComp, .setComp, .dictComp, .generatorExp:
      return try compileComprehension(e)

    case .yield(let valueExpr):
      let value = try valueExpr.map { (x: Expr) throws(SyntaxError) -> ExprCode in try compile(x) }
      return { frame in
        let v = try value?(frame) ?? .none
        guard let g = frame.generator else { throw interp.runtimeError("yield outside a running generator") }
        return try g.yield(v, interp: interp)
      }

    case .yieldFrom(let innerExpr):
      let inner = try compile(innerExpr)
      return { frame in
        guard let g = frame.generator else { throw interp.runtimeError("yield outside a running generator") }
        let source = try inner(frame)
        if case .object(let o) = source, let sub = o as? PyGenerator {
          var sent: Value = .none
          while let v = try sub.resume(interp, send: sent) {
            sent = try g.yield(v, interp: interp)
          }
          return sub.channel.returnValue
        }
        let it = try interp.getIterator(source)
        while let v = try interp.next(it) { _ = try g.yield(v, interp: interp) }
        return .none
      }

    case .await:
      throw SyntaxError("'await' outside async function", at: e.location)
    }
  }

  /// Compiles a condition straight to Bool (no intermediate bool Value for comparisons).
  func compileCondition(_ e: Expr) throws(SyntaxError) -> (Frame) throws -> Bool {
    let interp = self.interp
    switch e.kind {
    case .compare(let leftExpr, let rest) where rest.count == 1:
      guard let (op, rightExpr) = rest.first else { break }
      let left = try compile(leftExpr)
      if case .constant(.int(let k)) = rightExpr.kind {
        let kv = Value.int(k)
        return { frame in
          let a = try left(frame)
          if case .int(let x) = a {
            switch op {
            case .lt: return x < k
            case .ltE: return x <= k
            case .gt: return x > k
            case .gtE: return x >= k
            case .eq: return x == k
            case .notEq: return x != k
            default: break
            }
          }
          return try interp.truthy(try interp.compare(op, a, kv))
        }
      }
      let right = try compile(rightExpr)
      return { frame in
        let a = try left(frame)
        let b = try right(frame)
        if case .int(let x) = a, case .int(let y) = b {
          switch op {
          case .lt: return x < y
          case .ltE: return x <= y
          case .gt: return x > y
          case .gtE: return x >= y
          case .eq: return x == y
          case .notEq: return x != y
          default: break
          }
        }
        switch op {
        case .is: return a.isIdentical(to: b)
        case .isNot: return !a.isIdentical(to: b)
        default: return try interp.truthy(try interp.compare(op, a, b))
        }
      }
    case .unaryOp(.not, let operand):
      let c = try compileCondition(operand)
      return { frame in !(try c(frame)) }
    case .boolOp(let op, let values):
      let conds = try values.map { (v: Expr) throws(SyntaxError) -> (Frame) throws -> Bool in try compileCondition(v) }
      if op == .and {
        return { frame in
          for c in conds where !(try c(frame)) { return false }
          return true
        }
      }
      return { frame in
        for c in conds where try c(frame) { return true }
        return false
      }
    case .constant(.bool(let b)):
      return { _ in b }
    default: break
    }
    let v = try compile(e)
    return { frame in
      let x = try v(frame)
      if case .bool(let b) = x { return b }
      return try interp.truthy(x)
    }
  }

  /// Items of a list/tuple/set display or positional arguments, expanding `*iterable`.
  func compileItems(_ items: [Expr]) throws(SyntaxError) -> (Frame) throws -> [Value] {
    let interp = self.interp
    var hasStar = false
    var parts: [(ExprCode, Bool)] = []
    for item in items {
      if case .starred(let inner) = item.kind {
        hasStar = true
        parts.append((try compile(inner), true))
      } else {
        parts.append((try compile(item), false))
      }
    }
    let all = parts
    if !hasStar {
      let codes = all.map(\.0)
      switch codes.count {
      case 0: return { _ in [] }
      case 1:
        let a = codes[0]
        return { frame in [try a(frame)] }
      case 2:
        let a = codes[0], b = codes[1]
        return { frame in
          let x = try a(frame)
          return [x, try b(frame)]
        }
      default:
        return { frame in
          var out: [Value] = []
          out.reserveCapacity(codes.count)
          for c in codes { out.append(try c(frame)) }
          return out
        }
      }
    }
    return { frame in
      var out: [Value] = []
      for (c, star) in all {
        if star { out.append(contentsOf: try interp.iterate(try c(frame))) } else { out.append(try c(frame)) }
      }
      return out
    }
  }

  func constantValue(_ c: Constant) -> Value {
    switch c {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .bigInt(let digits): return interp.intValue(BigIntValue(digits) ?? 0)
    case .float(let d): return .float(d)
    case .imaginary(let d): return .float(d)
    case .str(let s): return .string(s)
    case .bytes(let b): return .object(PyBytes(type: interp.types.bytes, bytes: b))
    case .ellipsis: return interp.ellipsis
    }
  }
}
