// Simple statements: expressions, assignments, imports, del, return, raise, global...

extension Parser {
  func stmt(_ kind: StmtKind, _ start: SourceLocation) -> Stmt {
    Stmt(kind, at: start, endLine: lastEnd.line)
  }

  static let compoundKeywords: Set<String> = ["def", "if", "class", "with", "for", "try", "while"]

  mutating func statement() throws(SyntaxError) -> [Stmt] {
    let t = tok
    if t.kind == .name {
      if Parser.compoundKeywords.contains(t.text) { return [try compoundStatement()] }
      if t.text == "async" {
        let n = peek(1)
        if n.kind == .name && (n.text == "def" || n.text == "for" || n.text == "with") {
          return [try compoundStatement()]
        }
      }
    } else if t.kind == .op && t.text == "@" {
      return [try decorated()]
    }
    return try simpleStatements()
  }

  /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
  mutating func simpleStatements() throws(SyntaxError) -> [Stmt] {
    var stmts = [try simpleStatement()]
    while eatOp(";") {
      if tok.kind == .newline { break }
      stmts.append(try simpleStatement())
    }
    guard tok.kind == .newline else { throw invalidSyntax() }
    advance()
    return stmts
  }

  mutating func simpleStatement() throws(SyntaxError) -> Stmt {
    let t = tok
    let start = t.start
    guard t.kind == .name else { return try expressionStatement() }
    switch t.text {
    case "pass":
      advance()
      return stmt(.pass, start)
    case "break", "continue":
      advance()
      if loopDepth == 0 {
        defer_(t.text == "break" ? "'break' outside loop" : "'continue' not properly in loop", at: start, end: t.end)
      }
      return stmt(t.text == "break" ? .break : .continue, start)
    case "return":
      advance()
      var value: Expr?
      if canStartExpression() || isOp("*") { value = try starExpressions() }
      if functionDepth == 0 { defer_("'return' outside function", at: start, end: lastEnd) }
      return stmt(.return(value), start)
    case "raise":
      advance()
      var exception: Expr?
      var cause: Expr?
      if canStartExpression() {
        exception = try expression()
        if eatKeyword("from") { cause = try expression() }
      }
      return stmt(.raise(exception: exception, cause: cause), start)
    case "global", "nonlocal":
      advance()
      var names = [try expectName()]
      while eatOp(",") { names.append(try expectName()) }
      if t.text == "global" { return stmt(.global(names), start) }
      if atModuleLevel { defer_("nonlocal declaration not allowed at module level", at: start, end: lastEnd) }
      return stmt(.nonlocal(names), start)
    case "del":
      return try deleteStatement()
    case "assert":
      advance()
      let test = try expression()
      let message = eatOp(",") ? try expression() : nil
      return stmt(.assert(test: test, message: message), start)
    case "import":
      advance()
      var names = [try dottedAsName()]
      while eatOp(",") { names.append(try dottedAsName()) }
      return stmt(.import(names), start)
    case "from":
      return try importFrom()
    default:
      return try expressionStatement()
    }
  }

  mutating func deleteStatement() throws(SyntaxError) -> Stmt {
    let start = advance().start
    let e = try starExpressions()
    if let bad = Parser.invalidTarget(e, .delTargets) {
      throw error("cannot delete \(Parser.describe(bad))", at: bad.location, end: bad.end)
    }
    guard tok.kind == .newline || isOp(";") else { throw invalidSyntax() }
    if case .tuple(let elts) = e.kind, elts.first?.location == e.location {
      return stmt(.delete(elts), start)
    }
    return stmt(.delete([e]), start)
  }

  mutating func dottedName() throws(SyntaxError) -> String {
    var name = try expectName()
    while eatOp(".") { name += "." + (try expectName()) }
    return name
  }

  mutating func dottedAsName() throws(SyntaxError) -> Alias {
    let name = try dottedName()
    return Alias(name: name, asName: eatKeyword("as") ? try expectName() : nil)
  }

  mutating func importFrom() throws(SyntaxError) -> Stmt {
    let start = advance().start
    var level = 0
    while isOp(".") || isOp("...") { level += advance().text.count }
    var module: String?
    if !isKeyword("import") || level == 0 { module = try dottedName() }
    guard eatKeyword("import") else { throw invalidSyntax() }
    var names: [Alias] = []
    if eatOp("*") {
      names = [Alias(name: "*", asName: nil)]
    } else if eatOp("(") {
      bracketDepth += 1
      repeat {
        if isOp(")") && !names.isEmpty { break }
        let name = try expectName()
        names.append(Alias(name: name, asName: eatKeyword("as") ? try expectName() : nil))
      } while eatOp(",")
      bracketDepth -= 1
      try expectOp(")")
    } else {
      repeat {
        if tok.kind == .newline && !names.isEmpty {
          throw errorAtFurthest("trailing comma not allowed without surrounding parentheses")
        }
        let name = try expectName()
        names.append(Alias(name: name, asName: eatKeyword("as") ? try expectName() : nil))
      } while eatOp(",")
    }
    return stmt(.importFrom(module: module, names: names, level: level), start)
  }

  static let augmentedOperators: [String: BinaryOperator] = [
    "+=": .add, "-=": .sub, "*=": .mult, "@=": .matMult, "/=": .div, "//=": .floorDiv, "%=": .mod,
    "**=": .pow, "<<=": .lShift, ">>=": .rShift, "|=": .bitOr, "^=": .bitXor, "&=": .bitAnd,
  ]

  mutating func yieldOrStarExpressions() throws(SyntaxError) -> Expr {
    isKeyword("yield") ? try yieldExpression() : try starExpressions()
  }

  /// Expression statements and all assignment forms.
  mutating func expressionStatement() throws(SyntaxError) -> Stmt {
    let first = tok
    let e = try yieldOrStarExpressions()
    if case .name(let n) = e.kind, n == "print" || n == "exec", canStartExpression() {
      let save = p
      suppressInvalidRules = true
      let b = try? starExpressions()
      suppressInvalidRules = false
      if let b {
        throw error("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", at: e.location, end: b.end)
      }
      p = save
    }
    if isOp("=") {
      var targets: [Expr] = []
      var current = e
      while isOp("=") {
        try validateAssignTarget(current, isFirst: targets.isEmpty)
        targets.append(current)
        advance()
        current = try yieldOrStarExpressions()
      }
      checkStarredAssignment(targets: targets, value: current)
      return stmt(.assign(targets: targets, value: current), first.start)
    }
    if isOp(":") {
      switch e.kind {
      case .name, .attribute, .subscript:
        break
      case .tuple(let elts):
        if let f = elts.first, f.location == e.location {
          throw error("only single target (not tuple) can be annotated", at: f.location, end: f.end)
        }
        throw error("only single target (not tuple) can be annotated", at: e.location, end: e.end)
      case .list:
        throw error("only single target (not list) can be annotated", at: e.location, end: e.end)
      default:
        throw error("illegal target for annotation", at: e.location, end: e.end)
      }
      advance()
      let annotation = try expression()
      var value: Expr?
      if eatOp("=") { value = try yieldOrStarExpressions() }
      var simple = false
      if case .name = e.kind, !(first.kind == .op && first.text == "(") { simple = true }
      return stmt(.annAssign(target: e, annotation: annotation, value: value, simple: simple), first.start)
    }
    let t = tok
    if t.kind == .op, let op = Parser.augmentedOperators[t.text] {
      switch e.kind {
      case .name, .attribute, .subscript:
        break
      default:
        throw error(
          "'\(Parser.describe(e))' is an illegal expression for augmented assignment", at: e.location, end: e.end)
      }
      advance()
      let value = try yieldOrStarExpressions()
      return stmt(.augAssign(target: e, op: op, value: value), first.start)
    }
    if case .starred = e.kind { defer_("can't use starred expression here", at: e.location, end: e.end) }
    return stmt(.expr(e), first.start)
  }
}
