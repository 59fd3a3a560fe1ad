extension Compiler {
  /// Compiles one statement; the closure first records the statement's line for tracebacks.
  func compile(_ stmt: Stmt) throws(SyntaxError) -> StmtCode {
    let line = stmt.location.line
    let interp = self.interp
    switch stmt.kind {
    case .expr(let e):
      let value = try compile(e)
      return { frame in
        frame.line = line
        _ = try value(frame)
        return .normal
      }

    case .assign(let targets, let valueExpr):
      let value = try compile(valueExpr)
      if targets.count == 1, let t = targets.first {
        if case .name(let n) = t.kind, case .local(let slot) = access(n) {
          return { frame in
            frame.line = line
            frame.slots[slot] = try value(frame)
            return .normal
          }
        }
        let store = try compileStore(t)
        return { frame in
          frame.line = line
          try store(frame, try value(frame))
          return .normal
        }
      }
      let stores = try targets.map { (t: Expr) throws(SyntaxError) -> (Frame, Value) throws -> Void in try compileStore(t) }
      return { frame in
        frame.line = line
        let v = try value(frame)
        for s in stores { try s(frame, v) }
        return .normal
      }

    case .augAssign(let target, let op, let valueExpr):
      return try compileAugAssign(target, op, valueExpr, line: line)

    case .annAssign(let target, _, let valueExpr, _):
      guard let valueExpr else { return { frame in frame.line = line; return .normal } }
      let value = try compile(valueExpr)
      let store = try compileStore(target)
      return { frame in
        frame.line = line
        try store(frame, try value(frame))
        return .normal
      }

    case .pass:
      return { _ in .normal }

    case .break:
      if loopDepth == 0 { throw SyntaxError("'break' outside loop", at: stmt.location) }
      return { _ in .breakLoop }

    case .continue:
      if loopDepth == 0 { throw SyntaxError("'continue' not properly in loop", at: stmt.location) }
      return { _ in .continueLoop }

    case .return(let valueExpr):
      guard let valueExpr else {
        return { frame in
          frame.line = line
          frame.returnValue = .none
          return .returned
        }
      }
      let value = try compile(valueExpr)
      return { frame in
        frame.line = line
        frame.returnValue = try value(frame)
        return .returned
      }

    case .if(let testExpr, let body, let orElse):
      let test = try compileCondition(testExpr)
      let then = try block(body)
      if orElse.isEmpty {
        return { frame in
          frame.line = line
          if try test(frame) { return try then(frame) }
          return .normal
        }
      }
      let other = try block(orElse)
      return { frame in
        frame.line = line
        if try test(frame) { return try then(frame) }
        return try other(frame)
      }

    case .while(let testExpr, let body, let orElse):
      let test = try compileCondition(testExpr)
      loopDepth += 1
      let loopBody = try block(body)
      loopDepth -= 1
      let elseBody = try block(orElse)
      let flag = interp.interrupt
      return { frame in
        frame.line = line
        while try test(frame) {
          switch try loopBody(frame) {
          case .breakLoop: return .normal
          case .returned: return .returned
          case .normal, .continueLoop: break
          }
          if flag.isSet { try interp.checkInterrupt() }
          frame.line = line
        }
        return try elseBody(frame)
      }

    case .for(let target, let iterExpr, let body, let orElse, _):
      return try compileFor(target, iterExpr, body, orElse, line: line, column: stmt.location.column)

    case .functionDef(let name, let args, let body, let decorators, _, _):
      return try compileFunctionDef(stmt, name: name, args: args, body: body, decorators: decorators)

    case .classDef(let name, let bases, let keywords, let body, let decorators):
      return try compileClassDef(stmt, name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)

    case .delete(let targets):
      let dels = try targets.map { (t: Expr) throws(SyntaxError) -> StmtCode in try compileDelete(t) }
      return { frame in
        frame.line = line
        for d in dels { _ = try d(frame) }
        return .normal
      }

    case .global, .nonlocal:
      return { _ in .normal }

    case .import(let aliases):
      var steps: [(Frame) throws -> Void] = []
      for a in aliases {
        let full = a.name
        if let asName = a.asName {
          let store = storeName(asName)
          steps.append { frame in try store(frame, try interp.importModule(full, bindTop: false)) }
        } else {
          let top = String(full.split(separator: ".").first ?? Substring(full))
          let store = storeName(top)
          steps.append { frame in try store(frame, try interp.importModule(full, bindTop: true)) }
        }
      }
      return { frame in
        frame.line = line
        for s in steps { try s(frame) }
        return .normal
      }

    case .importFrom(let module, let names, let level):
      let moduleName = module ?? ""
      if level > 0 {
        return { frame in
          frame.line = line
          throw interp.error(interp.types.importError, "attempted relative import with no known parent package")
        }
      }
      if names.count == 1, names.first?.name == "*" {
        let globals = self.globals
        return { frame in
          frame.line = line
          let m = try interp.importModule(moduleName, bindTop: false)
          try interp.importStar(from: m, into: globals)
          return .normal
        }
      }
      let bindings = names.map { ($0.name, storeName($0.asName ?? $0.name)) }
      return { frame in
        frame.line = line
        let m = try interp.importModule(moduleName, bindTop: false)
        for (name, store) in bindings { try store(frame, try interp.importFrom(m, name: name, moduleName: moduleName)) }
        return .normal
      }

    case .assert(let testExpr, let msgExpr):
      let test = try compileCondition(testExpr)
      let msg = try msgExpr.map { (m: Expr) throws(SyntaxError) -> ExprCode in try compile(m) }
      let pos = range(from: stmt.location, to: msgExpr ?? testExpr)
      return { frame in
        frame.line = line
        if try test(frame) { return .normal }
        let exc = interp.makeException(interp.types.assertionError, nil)
        if let msg { exc.exception?.args = [try msg(frame)] }
        exc.exception?.position = pos
        throw PyError(exc)
      }

    case .raise(let excExpr, let causeExpr):
      let exc = try excExpr.map { (e: Expr) throws(SyntaxError) -> ExprCode in try compile(e) }
      let cause = try causeExpr.map { (e: Expr) throws(SyntaxError) -> ExprCode in try compile(e) }
      let pos = range(from: stmt.location, to: causeExpr ?? excExpr)
      return { frame in
        frame.line = line
        guard let exc else {
          guard let current = interp.handling.last else {
            throw interp.runtimeError("No active exception to reraise")
          }
          throw PyError(current)
        }
        let instance = try interp.exceptionInstance(try exc(frame))
        if let cause {
          let c = try cause(frame)
          if c.isNone {
            instance.exception?.cause = .none
          } else {
            do {
              instance.exception?.cause = .object(try interp.exceptionInstance(c))
            } catch {
              throw interp.typeError("exception causes must derive from BaseException")
            }
          }
          instance.exception?.suppressContext = true
        }
        if let ctx = interp.handling.last, ctx !== instance, instance.exception?.context.isNone ?? false {
          instance.exception?.context = .object(ctx)
        }
        instance.exception?.position = pos
        instance.exception?.recordedFrame = nil
        throw PyError(instance)
      }

    case .try(let body, let handlers, let orElse, let finalBody):
      return try compileTry(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody, line: line)

    case .with(let items, let body, _):
      return try compileWith(items, body, line: line)
    }
  }

  // MARK: - Loops

  private func compileFor(_ target: Expr, _ iterExpr: Expr, _ body: [Stmt], _ orElse: [Stmt], line: Int, column: Int) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    let iterPos = range(iterExpr)
    // CPython reports errors of the iteration itself at the whole (multi-line) `for` statement.
    let loopPos = SourceRange(line: line, column: column, endLine: line + 1, endColumn: 0)
    let iter = try compile(iterExpr)
    let store = try compileStore(target)
    var localSlot: Int?
    if case .name(let n) = target.kind, case .local(let s) = access(n) { localSlot = s }
    loopDepth += 1
    let loopBody = try block(body)
    loopDepth -= 1
    let elseBody = try block(orElse)
    let flag = interp.interrupt
    return { frame in
      frame.line = line
      let iterable = try iter(frame)
      // Fast path: range with a local target.
      if case .object(let o) = iterable, let r = o as? PyRange, let slot = localSlot {
        var i = r.start
        let stop = r.stop, step = r.step
        while step > 0 ? i < stop : i > stop {
          frame.slots[slot] = .int(i)
          switch try loopBody(frame) {
          case .breakLoop: return .normal
          case .returned: return .returned
          case .normal, .continueLoop: break
          }
          if flag.isSet { try interp.checkInterrupt() }
          i &+= step
        }
        return try elseBody(frame)
      }
      let it: Value
      do { it = try interp.getIterator(iterable) } catch { throw Compiler.note(error, iterPos) }
      while true {
        let next: Value?
        do { next = try interp.next(it) } catch {
          frame.line = line
          throw Compiler.note(error, loopPos)
        }
        guard let v = next else { break }
        try store(frame, v)
        switch try loopBody(frame) {
        case .breakLoop: return .normal
        case .returned: return .returned
        case .normal, .continueLoop: break
        }
        if flag.isSet { try interp.checkInterrupt() }
      }
      return try elseBody(frame)
    }
  }

  // MARK: - Augmented assignment

  private func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, line: Int) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    let value = try compile(valueExpr)
    switch target.kind {
    case .name(let n):
      let load = loadName(n)
      let store = storeName(n)
      if case .local(let slot) = access(n) {
        return { frame in
          frame.line = line
          guard let cur = frame.slots[slot] else {
            throw interp.error(interp.types.unboundLocalError, "cannot access local variable '\(n)' where it is not associated with a value")
          }
          let rhs = try value(frame)
          if case .int(let a) = cur, case .int(let b) = rhs {
            switch op {
            case .add:
              let (r, o) = a.addingReportingOverflow(b)
              if !o {
                frame.slots[slot] = .int(r)
                return .normal
              }
            case .sub:
              let (r, o) = a.subtractingReportingOverflow(b)
              if !o {
                frame.slots[slot] = .int(r)
                return .normal
              }
            default: break
            }
          }
          frame.slots[slot] = try interp.inplace(op, cur, rhs)
          return .normal
        }
      }
      return { frame in
        frame.line = line
        let cur = try load(frame)
        try store(frame, try interp.inplace(op, cur, try value(frame)))
        return .normal
      }
    case .attribute(let objExpr, let name):
      let obj = try compile(objExpr)
      return { frame in
        frame.line = line
        let o = try obj(frame)
        let cur = try interp.getAttribute(o, name)
        try interp.setAttribute(o, name, try interp.inplace(op, cur, try value(frame)))
        return .normal
      }
    case .subscript(let objExpr, let indexExpr):
      let obj = try compile(objExpr)
      let index = try compile(indexExpr)
      return { frame in
        frame.line = line
        let o = try obj(frame)
        let i = try index(frame)
        let cur = try interp.getItem(o, i)
        try interp.setItem(o, i, try interp.inplace(op, cur, try value(frame)))
        return .normal
      }
    default:
      throw SyntaxError("'\(describe(target))' is an illegal expression for augmented assignment", at: target.location)
    }
  }

  // MARK: - try / with

  private func compileTry(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt], line: Int) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    let tryBody = try block(body)
    let elseBody = try block(orElse)
    let finallyBody = finalBody.isEmpty ? nil : try block(finalBody)
    var compiledHandlers: [(type: ExprCode?, store: ((Frame, Value) throws -> Void)?, clear: StmtCode?, body: StmtCode)] = []
    for h in handlers {
      let t = try h.type.map { (e: Expr) throws(SyntaxError) -> ExprCode in try compile(e) }
      let store = h.name.map { storeName($0) }
      let clear = h.name.map { deleteName($0) }
      compiledHandlers.append((t, store, clear, try block(h.body)))
    }
    let handlerList = compiledHandlers
    let filename = self.filename, frameName = self.frameName
    let tryExcept: StmtCode = { frame in
      let flow: Flow
      do {
        flow = try tryBody(frame)
      } catch let error as PyError {
        interp.recordFrame(error, frame, filename: filename, function: frameName)
        let exc = error.exception
        for h in handlerList {
          if let t = h.type {
            guard try interp.exceptionMatches(exc, try t(frame)) else { continue }
          }
          if let store = h.store { try store(frame, .object(exc)) }
          interp.handling.append(exc)
          defer { interp.handling.removeLast() }
          let result: Flow
          do {
            result = try h.body(frame)
          } catch let inner as PyError {
            if inner.exception !== exc, inner.exception.exception?.context.isNone ?? false {
              inner.exception.exception?.context = .object(exc)
            }
            if let clear = h.clear { _ = try? clear(frame) }
            throw inner
          }
          if let clear = h.clear { _ = try? clear(frame) }
          return result
        }
        throw error
      }
      if case .normal = flow { return try elseBody(frame) }
      return flow
    }
    guard let finallyBody else { return tryExcept }
    let inner: StmtCode = handlers.isEmpty ? { frame in
      let f = try tryBody(frame)
      if case .normal = f { return try elseBody(frame) }
      return f
    } : tryExcept
    return { frame in
      let flow: Flow
      do {
        flow = try inner(frame)
      } catch let error as PyError {
        interp.recordFrame(error, frame, filename: filename, function: frameName)
        let savedReturn = frame.returnValue
        interp.handling.append(error.exception)
        let f: Flow
        do {
          f = try finallyBody(frame)
        } catch let inner as PyError {
          interp.handling.removeLast()
          if inner.exception !== error.exception, inner.exception.exception?.context.isNone ?? false {
            inner.exception.exception?.context = .object(error.exception)
          }
          throw inner
        }
        interp.handling.removeLast()
        if case .normal = f {
          frame.returnValue = savedReturn
          throw error
        }
        return f
      }
      let savedReturn = frame.returnValue
      let f = try finallyBody(frame)
      if case .normal = f {
        frame.returnValue = savedReturn
        return flow
      }
      return f
    }
  }

  private func compileWith(_ items: [WithItem], _ body: [Stmt], line: Int) throws(SyntaxError) -> StmtCode {
    guard let first = items.first else { return try block(body) }
    let interp = self.interp
    let context = try compile(first.contextExpr)
    let store = try first.optionalVars.map { (t: Expr) throws(SyntaxError) -> (Frame, Value) throws -> Void in try compileStore(t) }
    let inner = items.count > 1 ? try compileWith(Array(items.dropFirst()), body, line: line) : try block(body)
    let filename = self.filename, frameName = self.frameName
    return { frame in
      frame.line = line
      let manager = try context(frame)
      let t = interp.typeOf(manager)
      guard let enter = t.lookup("__enter__"), let exit = t.lookup("__exit__") else {
        throw interp.typeError("'\(t.name)' object does not support the context manager protocol")
      }
      let entered = try interp.call(enter, [manager])
      if let store { try store(frame, entered) }
      let flow: Flow
      do {
        flow = try inner(frame)
      } catch let error as PyError {
        interp.recordFrame(error, frame, filename: filename, function: frameName)
        let exc = error.exception
        let tb = (try? interp.getAttribute(.object(exc), "__traceback__")) ?? .none
        let suppress = try interp.call(exit, [manager, .type(exc.type), .object(exc), tb])
        if try interp.truthy(suppress) { return .normal }
        throw error
      }
      _ = try interp.call(exit, [manager, .none, .none, .none])
      return flow
    }
  }

  /// A short description of an expression kind for error messages.
  func describe(_ e: Expr) -> String {
    switch e.kind {
    case .call: return "function call"
    case .constant: return "literal"
    case .tuple: return "tuple"
    case .list: return "list"
    case .binOp, .unaryOp, .boolOp: return "expression"
    case .compare: return "comparison"
    case .lambda: return "lambda"
    default: return "expression"
    }
  }
}
