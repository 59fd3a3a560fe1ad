extension Compiler {
  /// Compiles a call. `obj.m(args)` calls the method without a bound-method object; `super()` is
  /// resolved from the enclosing method's `__class__` cell and first argument.
  func compileCall(_ e: Expr, _ fExpr: Expr, _ args: [Expr], _ keywords: [Keyword]) throws(SyntaxError) -> ExprCode {
    let interp = self.interp
    let line = e.location.line
    let pos = range(e)
    let positional = try compileItems(args)
    var kwParts: [(String?, ExprCode)] = []
    for k in keywords { kwParts.append((k.name, try compile(k.value))) }
    let kws = kwParts
    let hasKeywords = !kws.isEmpty
    let buildArgs: (Frame) throws -> CallArguments = { frame in
      var a = CallArguments(try positional(frame))
      if hasKeywords {
        for (name, code) in kws {
          let v = try code(frame)
          if let name {
            a.keywords.append((name, v))
          } else {
            try interp.expandKeywords(v, into: &a)
          }
        }
      }
      return a
    }

    // Zero-argument super() inside a method.
    if case .name("super") = fExpr.kind, args.isEmpty, keywords.isEmpty, scope.kind == .function || scope.kind == .comprehension,
       let classCell = cellIndex["__class__"], let firstParam = scope.parameters.first {
      let firstAccess = access(firstParam)
      return { frame in
        guard let clsValue = frame.cells[classCell].value, case .type(let cls) = clsValue else {
          throw interp.runtimeError("super(): __class__ cell not found")
        }
        let receiver: Value?
        switch firstAccess {
        case .local(let s): receiver = frame.slots[s]
        case .cell(let c): receiver = frame.cells[c].value
        default: receiver = nil
        }
        guard let receiver else { throw interp.runtimeError("super(): no arguments") }
        return try interp.makeSuper(cls, receiver)
      }
    }

    if case .attribute(let objExpr, let name) = fExpr.kind {
      let obj = try compile(objExpr)
      let attributePos = range(fExpr)
      return { frame in
        let o = try obj(frame)
        let method: (callee: Value, prependReceiver: Bool)
        do { method = try interp.lookupMethod(o, name) } catch { throw Compiler.note(error, attributePos) }
        var a = try buildArgs(frame)
        frame.line = line
        if method.prependReceiver { a.positional.insert(o, at: 0) }
        do { return try interp.call(method.callee, a) } catch { throw Compiler.note(error, pos) }
      }
    }
    let callee = try compile(fExpr)
    return { frame in
      let f = try callee(frame)
      let a = try buildArgs(frame)
      frame.line = line
      do { return try interp.call(f, a) } catch { throw Compiler.note(error, pos) }
    }
  }
}
