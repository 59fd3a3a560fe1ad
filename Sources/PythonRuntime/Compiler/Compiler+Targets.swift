extension Compiler {
  /// Compiles an assignment target to a store closure.
  func compileStore(_ target: Expr) throws(SyntaxError) -> (Frame, Value) throws -> Void {
    let interp = self.interp
    switch target.kind {
    case .name(let n):
      return storeName(n)
    case .attribute(let objExpr, let name):
      let obj = try compile(objExpr)
      return { frame, v in try interp.setAttribute(try obj(frame), name, v) }
    case .subscript(let objExpr, let indexExpr):
      let obj = try compile(objExpr)
      let index = try compile(indexExpr)
      return { frame, v in
        let o = try obj(frame)
        try interp.setItem(o, try index(frame), v)
      }
    case .tuple(let items), .list(let items):
      var stores: [(Frame, Value) throws -> Void] = []
      var starIndex: Int?
      for (i, item) in items.enumerated() {
        if case .starred(let inner) = item.kind {
          if starIndex != nil { throw SyntaxError("multiple starred expressions in assignment", at: item.location) }
          starIndex = i
          stores.append(try compileStore(inner))
        } else {
          stores.append(try compileStore(item))
        }
      }
      let all = stores
      let count = items.count
      if let star = starIndex {
        return { frame, v in
          let values = try interp.iterate(v)
          let minimum = count - 1
          guard values.count >= minimum else {
            throw interp.valueError("not enough values to unpack (expected at least \(minimum), got \(values.count))")
          }
          let after = count - star - 1
          for i in 0..<star { try all[i](frame, values[i]) }
          try all[star](frame, interp.list(Array(values[star..<(values.count - after)])))
          for j in 0..<after { try all[star + 1 + j](frame, values[values.count - after + j]) }
        }
      }
      return { frame, v in
        var values: [Value]
        if case .object(let o) = v, let t = o as? PyTuple {
          values = t.items
        } else if case .object(let o) = v, let l = o as? PyList {
          values = l.items
        } else {
          // Iterate lazily so that "too many values" is detected without exhausting infinite iterators.
          let it: Value
          do { it = try interp.getIterator(v) } catch let e as PyError where e.exception.type === interp.types.typeError {
            throw interp.typeError("cannot unpack non-iterable \(interp.typeName(v)) object")
          }
          values = []
          while values.count <= count, let x = try interp.next(it) { values.append(x) }
        }
        guard values.count == count else {
          if values.count < count {
            throw interp.valueError("not enough values to unpack (expected \(count), got \(values.count))")
          }
          throw interp.valueError("too many values to unpack (expected \(count))")
        }
        for i in 0..<count { try all[i](frame, values[i]) }
      }
    case .starred:
      throw SyntaxError("starred assignment target must be in a list or tuple", at: target.location)
    case .call:
      throw SyntaxError("cannot assign to function call here. Maybe you meant '==' instead of '='?", at: target.location)
    case .constant:
      throw SyntaxError("cannot assign to literal here. Maybe you meant '==' instead of '='?", at: target.location)
    default:
      throw SyntaxError("cannot assign to \(describe(target))", at: target.location)
    }
  }

  /// Compiles `del target`.
  func compileDelete(_ target: Expr) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    switch target.kind {
    case .name(let n):
      return deleteName(n)
    case .attribute(let objExpr, let name):
      let obj = try compile(objExpr)
      return { frame in
        try interp.deleteAttribute(try obj(frame), name)
        return .normal
      }
    case .subscript(let objExpr, let indexExpr):
      let obj = try compile(objExpr)
      let index = try compile(indexExpr)
      return { frame in
        let o = try obj(frame)
        try interp.deleteItem(o, try index(frame))
        return .normal
      }
    case .tuple(let items), .list(let items):
      let dels = try items.map { (i: Expr) throws(SyntaxError) -> StmtCode in try compileDelete(i) }
      return { frame in
        for d in dels { _ = try d(frame) }
        return .normal
      }
    default:
      throw SyntaxError("cannot delete \(describe(target))", at: target.location)
    }
  }
}
