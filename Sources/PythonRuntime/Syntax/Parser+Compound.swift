// Compound statements: if, while, for, with, try, def, class, decorators, and blocks.

extension Parser {
  mutating func compoundStatement() throws(SyntaxError) -> Stmt {
    let t = tok
    switch t.text {
    case "if", "elif": return try ifStatement()
    case "while": return try whileStatement()
    case "for": return try forStatement(isAsync: false, start: t.start)
    case "with": return try withStatement(isAsync: false, start: t.start)
    case "try": return try tryStatement()
    case "def": return try functionDef(decorators: [], isAsync: false, start: t.start)
    case "class": return try classDef(decorators: [])
    case "async":
      advance()
      if isKeyword("def") { return try functionDef(decorators: [], isAsync: true, start: t.start) }
      if isKeyword("for") { return try forStatement(isAsync: true, start: t.start) }
      if isKeyword("with") { return try withStatement(isAsync: true, start: t.start) }
      throw invalidSyntax()
    default:
      throw invalidSyntax()
    }
  }

  /// The `:` after a header. CPython 3.11 says "expected ':'" when a NEWLINE comes instead
  /// (`newlineRule`), or whatever comes instead for its forced `&&':'` headers.
  mutating func expectColon(forced: Bool) throws(SyntaxError) {
    if eatOp(":") { return }
    if forced { try expectForced(":") }
    if tok.kind == .newline { throw errorAtFurthest("expected ':'") }
    throw invalidSyntax()
  }

  /// A block after `header` (e.g. "'if' statement") on `line`: an indented suite or simple statements.
  mutating func block(_ header: String, line: Int) throws(SyntaxError) -> [Stmt] {
    guard tok.kind == .newline else { return try simpleStatements() }
    advance()
    let t = tok
    guard t.kind == .indent else {
      if let e = reachedTokenizerError() { throw e }
      var atEOF = true
      for t in tokens.dropFirst(p) where t.kind != .dedent && t.kind != .endMarker {
        atEOF = false
        break
      }
      throw SyntaxError(
        .indentationError, "expected an indented block after \(header) on line \(line)", at: t.start,
        endColumn: Parser.hasExtent(t) ? t.end.column : nil, isUnexpectedEOF: atEOF)
    }
    advance()
    try enter()
    defer { leave() }
    var body: [Stmt] = []
    while true {
      let k = tok.kind
      if k == .dedent {
        advance()
        break
      }
      if k == .endMarker { break }
      body.append(contentsOf: try statement())
    }
    return body
  }

  static func hasExtent(_ t: Token) -> Bool {
    t.kind != .indent && t.kind != .dedent && t.kind != .endMarker
  }

  mutating func elseBlock() throws(SyntaxError) -> [Stmt] {
    guard isKeyword("else") else { return [] }
    let e = advance()
    try expectColon(forced: true)
    return try block("'else' statement", line: e.start.line)
  }

  mutating func ifStatement() throws(SyntaxError) -> Stmt {
    let kw = advance()
    let test = try namedExpression()
    try expectColon(forced: false)
    let body = try block("'\(kw.text)' statement", line: kw.start.line)
    var orElse: [Stmt] = []
    if isKeyword("elif") {
      orElse = [try ifStatement()]
    } else {
      orElse = try elseBlock()
    }
    return stmt(.if(test: test, body: body, orElse: orElse), kw.start)
  }

  mutating func loopBody(_ header: String, line: Int) throws(SyntaxError) -> [Stmt] {
    loopDepth += 1
    defer { loopDepth -= 1 }
    return try block(header, line: line)
  }

  mutating func whileStatement() throws(SyntaxError) -> Stmt {
    let kw = advance()
    let test = try namedExpression()
    try expectColon(forced: false)
    let body = try loopBody("'while' statement", line: kw.start.line)
    let orElse = try elseBlock()
    return stmt(.while(test: test, body: body, orElse: orElse), kw.start)
  }

  mutating func forStatement(isAsync: Bool, start: SourceLocation) throws(SyntaxError) -> Stmt {
    let kw = advance()
    let target = try targetList()
    if let bad = Parser.invalidTarget(target, .forTargets) {
      throw error("cannot assign to \(Parser.describe(bad))", at: bad.location, end: bad.end)
    }
    guard eatKeyword("in") else { throw invalidSyntax() }
    let iter = try starExpressions()
    try expectColon(forced: false)
    let body = try loopBody("'for' statement", line: kw.start.line)
    let orElse = try elseBlock()
    return stmt(.for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync), start)
  }

  mutating func withStatement(isAsync: Bool, start: SourceLocation) throws(SyntaxError) -> Stmt {
    let kw = advance()
    var items: [WithItem] = []
    var parsed = false
    if isOp("(") {
      let save = p
      let saveDepth = bracketDepth
      let saveDeferred = deferredError
      advance()
      bracketDepth += 1
      do {
        repeat {
          if isOp(")") && !items.isEmpty { break }
          items.append(try withItem())
        } while eatOp(",")
        try expectOp(")")
        parsed = isOp(":")
      } catch {
        parsed = false
      }
      bracketDepth = saveDepth
      if !parsed {
        p = save
        items = []
        deferredError = saveDeferred
      }
    }
    if !parsed {
      repeat { items.append(try withItem()) } while eatOp(",")
    }
    try expectColon(forced: false)
    let body = try block("'with' statement", line: kw.start.line)
    return stmt(.with(items: items, body: body, isAsync: isAsync), start)
  }

  mutating func withItem() throws(SyntaxError) -> WithItem {
    let e = try expression()
    guard eatKeyword("as") else { return WithItem(contextExpr: e, optionalVars: nil) }
    let target = try targetElement()
    guard isOp(",") || isOp(")") || isOp(":") else { throw invalidSyntax() }
    if let bad = Parser.invalidTarget(target, .starTargets) {
      throw error("cannot assign to \(Parser.describe(bad))", at: bad.location, end: bad.end)
    }
    return WithItem(contextExpr: e, optionalVars: target)
  }

  mutating func tryStatement() throws(SyntaxError) -> Stmt {
    let kw = advance()
    try expectColon(forced: true)
    let body = try block("'try' statement", line: kw.start.line)
    var handlers: [ExceptHandler] = []
    while isKeyword("except") {
      let ex = advance()
      var type: Expr?
      var name: String?
      if !isOp(":") {
        let e = try expression()
        type = e
        if isOp(",") {
          let save = p
          advance()
          suppressInvalidRules = true
          var matched = false
          if (try? expression()) != nil {
            while eatOp(",") { _ = try? expression() }
            let end = lastEnd
            _ = eatKeyword("as") && ((try? expectName()) != nil)
            matched = isOp(":")
            if matched { lastEnd = end }
          }
          suppressInvalidRules = false
          if matched { throw error("multiple exception types must be parenthesized", at: e.location, end: lastEnd) }
          p = save
        }
        if eatKeyword("as") { name = try expectName() }
      }
      try expectColon(forced: false)
      let handlerBody = try block("'except' statement", line: ex.start.line)
      handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, at: ex.start))
    }
    let orElse = handlers.isEmpty ? [] : try elseBlock()
    var finalBody: [Stmt] = []
    if isKeyword("finally") {
      let f = advance()
      try expectColon(forced: true)
      finalBody = try block("'finally' statement", line: f.start.line)
    } else if handlers.isEmpty {
      throw errorAtFurthest("expected 'except' or 'finally' block")
    }
    return stmt(.try(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody), kw.start)
  }

  // MARK: - Definitions

  mutating func decorated() throws(SyntaxError) -> Stmt {
    var decorators: [Expr] = []
    while eatOp("@") {
      decorators.append(try namedExpression())
      guard tok.kind == .newline else { throw invalidSyntax() }
      advance()
    }
    let t = tok
    if isKeyword("def") { return try functionDef(decorators: decorators, isAsync: false, start: t.start) }
    if isKeyword("class") { return try classDef(decorators: decorators) }
    if isKeyword("async"), peek(1).kind == .name, peek(1).text == "def" {
      advance()
      return try functionDef(decorators: decorators, isAsync: true, start: t.start)
    }
    throw invalidSyntax()
  }

  mutating func functionDef(decorators: [Expr], isAsync: Bool, start: SourceLocation) throws(SyntaxError) -> Stmt {
    let kw = advance()
    let name = try expectName()
    try expectForced("(")
    bracketDepth += 1
    let args = try parameters(closer: ")", annotations: true)
    bracketDepth -= 1
    try expectOp(")")
    var returns: Expr?
    if eatOp("->") { returns = try expression() }
    try expectColon(forced: true)
    let saved = (functionDepth, loopDepth, atModuleLevel)
    functionDepth += 1
    loopDepth = 0
    atModuleLevel = false
    defer { (functionDepth, loopDepth, atModuleLevel) = saved }
    let body = try block("function definition", line: kw.start.line)
    return stmt(
      .functionDef(name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync),
      start)
  }

  mutating func classDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
    let kw = advance()
    let nameToken = tok
    let name = try expectName()
    var bases: [Expr] = []
    var keywords: [Keyword] = []
    if isOp("(") {
      let c = try call(Expr(.name(name), at: nameToken.start), start: nameToken.start)
      if case .call(_, let a, let k) = c.kind {
        bases = a
        keywords = k
      }
    }
    try expectColon(forced: false)
    let saved = (functionDepth, loopDepth, atModuleLevel)
    functionDepth = 0
    loopDepth = 0
    atModuleLevel = false
    defer { (functionDepth, loopDepth, atModuleLevel) = saved }
    let body = try block("class definition", line: kw.start.line)
    return stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators), kw.start)
  }
}
