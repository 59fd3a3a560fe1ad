// Expressions, from star_expressions down to primary (atoms are in Parser+Atoms).
// Precedence: lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts < + - <
// * / // % @ < unary + - ~ < ** < await < primary.

extension Parser {
  /// A node ending at the last consumed token.
  func node(_ kind: Expr.Kind, _ start: SourceLocation) -> Expr {
    Expr(kind, at: start, end: lastEnd)
  }

  static let expressionStartKeywords: Set<String> = ["not", "lambda", "await", "None", "True", "False"]

  /// Whether the current token can begin an expression (excluding `*` and `yield`).
  mutating func canStartExpression() -> Bool {
    let t = tok
    switch t.kind {
    case .name:
      return !Parser.keywords.contains(t.text) || Parser.expressionStartKeywords.contains(t.text)
    case .number, .string:
      return true
    case .op:
      switch t.text {
      case "(", "[", "{", "-", "+", "~", "...": return true
      default: return false
      }
    default:
      return false
    }
  }

  // MARK: - Expression lists

  /// `star_expressions`: a tuple without parentheses when there is a comma.
  mutating func starExpressions() throws(SyntaxError) -> Expr {
    let start = tok.start
    let first = try starExpression()
    guard isOp(",") else { return first }
    var elts = [first]
    while eatOp(",") {
      if !(canStartExpression() || isOp("*")) { break }
      elts.append(try starExpression())
    }
    return node(.tuple(elts), start)
  }

  mutating func starExpression() throws(SyntaxError) -> Expr {
    if isOp("*") {
      let t = advance()
      let value = try bitwiseOr()
      return node(.starred(value), t.start)
    }
    return try expression()
  }

  mutating func starNamedExpression() throws(SyntaxError) -> Expr {
    if isOp("*") {
      let t = advance()
      let value = try bitwiseOr()
      return node(.starred(value), t.start)
    }
    return try namedExpression()
  }

  /// `NAME := expression`, or an expression.
  mutating func namedExpression(equalsHint: Bool = true) throws(SyntaxError) -> Expr {
    if isName(), peek(1).kind == .op, peek(1).text == ":=" {
      let name = advance()
      advance()
      let value = try expression()
      return node(.namedExpr(target: name.text, value: value), name.start)
    }
    let e = try expression()
    if isOp(":=") {
      throw error("cannot use assignment expressions with \(Parser.describe(e))", at: e.location, end: e.end)
    }
    if equalsHint, isOp("="), !suppressInvalidRules { try checkEqualsHint(e) }
    return e
  }

  /// CPython's `invalid_named_expression`: `x = 1` where an expression was expected.
  mutating func checkEqualsHint(_ e: Expr) throws(SyntaxError) {
    let save = p
    advance()
    var rhs: Expr?
    if canStartExpression() {
      suppressInvalidRules = true
      do { rhs = try bitwiseOr() } catch { rhs = nil }
    }
    suppressInvalidRules = true
    let followedByAssign = isOp("=") || isOp(":=")
    suppressInvalidRules = false
    p = save
    guard let rhs, !followedByAssign else { return }
    if case .name = e.kind {
      throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: e.location, end: rhs.end)
    }
    if !Parser.isExcludedFromEqualsHint(e), Parser.isBitwiseOrLevel(e) {
      throw error(
        "cannot assign to \(Parser.describe(e)) here. Maybe you meant '==' instead of '='?", at: e.location,
        end: e.end)
    }
  }

  // MARK: - expression

  mutating func expression() throws(SyntaxError) -> Expr {
    try enter()
    defer { leave() }
    if isKeyword("lambda") { return try lambda() }
    let startIndex = p
    let start = tok.start
    let d = try disjunction()
    if isKeyword("if") {
      advance()
      let test = try disjunction()
      if eatKeyword("else") {
        let orElse = try expression()
        return node(.ifExp(test: test, body: d, orElse: orElse), start)
      }
      if isOp(":") || suppressInvalidRules { throw invalidSyntax() }
      throw error("expected 'else' after 'if' expression", at: d.location, end: test.end)
    }
    if bracketDepth > 0, !suppressInvalidRules, canStartExpression() {
      try checkMissingComma(d, startIndex: startIndex)
    }
    return d
  }

  /// CPython's `invalid_expression`: two expressions in a row inside brackets.
  mutating func checkMissingComma(_ a: Expr, startIndex: Int) throws(SyntaxError) {
    let first = token(at: startIndex)
    let second = token(at: startIndex + 1)
    if first.kind == .name && (["match", "case", "_"].contains(first.text) || second.kind == .string) { return }
    if case .name(let n) = a.kind, n == "print" || n == "exec" { return }
    let save = p
    let saveDeferred = deferredError
    suppressInvalidRules = true
    let b: Expr?
    do {
      b = try expression()
    } catch {
      b = nil
    }
    suppressInvalidRules = false
    deferredError = saveDeferred
    if let b {
      // Inside a bracket that is never closed, CPython reports the bracket instead.
      if tokenizeResult.unclosedBracketLine != nil, let e = tokenizeResult.error,
        (e.location.line, e.location.column) <= (a.location.line, a.location.column)
      {
        var unclosed = e
        unclosed.isUnexpectedEOF = false
        throw unclosed
      }
      throw error("invalid syntax. Perhaps you forgot a comma?", at: a.location, end: b.end)
    }
    p = save
  }

  mutating func disjunction() throws(SyntaxError) -> Expr {
    let start = tok.start
    let first = try conjunction()
    guard isKeyword("or") else { return first }
    var values = [first]
    while eatKeyword("or") { values.append(try conjunction()) }
    return node(.boolOp(.or, values), start)
  }

  mutating func conjunction() throws(SyntaxError) -> Expr {
    let start = tok.start
    let first = try inversion()
    guard isKeyword("and") else { return first }
    var values = [first]
    while eatKeyword("and") { values.append(try inversion()) }
    return node(.boolOp(.and, values), start)
  }

  mutating func inversion() throws(SyntaxError) -> Expr {
    if isKeyword("not") {
      let t = advance()
      try enter()
      defer { leave() }
      let operand = try inversion()
      return node(.unaryOp(.not, operand), t.start)
    }
    return try comparison()
  }

  mutating func compareOperator() -> CompareOperator? {
    let t = tok
    if t.kind == .op {
      switch t.text {
      case "==": return .eq
      case "!=": return .notEq
      case "<": return .lt
      case "<=": return .ltE
      case ">": return .gt
      case ">=": return .gtE
      default: return nil
      }
    }
    guard t.kind == .name else { return nil }
    switch t.text {
    case "in": return .in
    case "is": return peek(1).kind == .name && peek(1).text == "not" ? .isNot : .is
    case "not": return peek(1).kind == .name && peek(1).text == "in" ? .notIn : nil
    default: return nil
    }
  }

  mutating func comparison() throws(SyntaxError) -> Expr {
    let start = tok.start
    let left = try bitwiseOr()
    var ops: [(CompareOperator, Expr)] = []
    while let op = compareOperator() {
      advance()
      if op == .isNot || op == .notIn { advance() }
      ops.append((op, try bitwiseOr()))
    }
    return ops.isEmpty ? left : node(.compare(left, ops), start)
  }

  // MARK: - Binary operators

  mutating func binaryOperator(_ table: [String: BinaryOperator]) -> BinaryOperator? {
    let t = tok
    guard t.kind == .op else { return nil }
    return table[t.text]
  }

  static let shiftOps: [String: BinaryOperator] = ["<<": .lShift, ">>": .rShift]
  static let sumOps: [String: BinaryOperator] = ["+": .add, "-": .sub]
  static let termOps: [String: BinaryOperator] = [
    "*": .mult, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMult,
  ]

  mutating func bitwiseOr() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try bitwiseXor()
    while eatOp("|") {
      let r = try bitwiseXor()
      e = node(.binOp(e, .bitOr, r), start)
    }
    return e
  }

  mutating func bitwiseXor() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try bitwiseAnd()
    while eatOp("^") {
      let r = try bitwiseAnd()
      e = node(.binOp(e, .bitXor, r), start)
    }
    return e
  }

  mutating func bitwiseAnd() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try shiftExpr()
    while eatOp("&") {
      let r = try shiftExpr()
      e = node(.binOp(e, .bitAnd, r), start)
    }
    return e
  }

  mutating func shiftExpr() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try sum()
    while let op = binaryOperator(Parser.shiftOps) {
      advance()
      let r = try sum()
      e = node(.binOp(e, op, r), start)
    }
    return e
  }

  mutating func sum() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try term()
    while let op = binaryOperator(Parser.sumOps) {
      advance()
      let r = try term()
      e = node(.binOp(e, op, r), start)
    }
    return e
  }

  mutating func term() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try factor()
    while let op = binaryOperator(Parser.termOps) {
      advance()
      let r = try factor()
      e = node(.binOp(e, op, r), start)
    }
    return e
  }

  /// Unary `+ - ~`, binding looser than `**` on their right: `-2**2` is `-(2**2)`.
  mutating func factor() throws(SyntaxError) -> Expr {
    let t = tok
    if t.kind == .op, t.text == "+" || t.text == "-" || t.text == "~" {
      advance()
      try enter()
      defer { leave() }
      let operand = try factor()
      let op: UnaryOperator = t.text == "+" ? .plus : t.text == "-" ? .minus : .invert
      return node(.unaryOp(op, operand), t.start)
    }
    return try power()
  }

  /// `await_primary ['**' factor]`, right-associative through `factor`.
  mutating func power() throws(SyntaxError) -> Expr {
    let start = tok.start
    let base = try awaitPrimary()
    if eatOp("**") {
      try enter()
      defer { leave() }
      let exponent = try factor()
      return node(.binOp(base, .pow, exponent), start)
    }
    return base
  }

  mutating func awaitPrimary() throws(SyntaxError) -> Expr {
    if isKeyword("await") {
      let t = advance()
      let value = try primary()
      return node(.await(value), t.start)
    }
    return try primary()
  }

  /// An atom followed by `.name`, `(arguments)` and `[slices]` trailers.
  mutating func primary() throws(SyntaxError) -> Expr {
    let start = tok.start
    var e = try atom()
    while true {
      if eatOp(".") {
        let name = try expectName()
        e = node(.attribute(e, name), start)
      } else if isOp("(") {
        e = try call(e, start: start)
      } else if isOp("[") {
        advance()
        bracketDepth += 1
        let index = try slices()
        bracketDepth -= 1
        try expectOp("]")
        e = node(.subscript(e, index), start)
      } else {
        return e
      }
    }
  }

  // MARK: - Lambda and yield

  mutating func lambda() throws(SyntaxError) -> Expr {
    let t = advance()
    let args = try parameters(closer: ":", annotations: false)
    try expectOp(":")
    functionDepth += 1
    defer { functionDepth -= 1 }
    let body = try expression()
    return node(.lambda(args, body: body), t.start)
  }

  /// `yield [star_expressions]` or `yield from expression` (the current token is `yield`).
  mutating func yieldExpression() throws(SyntaxError) -> Expr {
    let t = advance()
    let e: Expr
    if eatKeyword("from") {
      let value = try expression()
      e = node(.yieldFrom(value), t.start)
    } else if canStartExpression() || isOp("*") {
      let value = try starExpressions()
      e = node(.yield(value), t.start)
    } else {
      e = node(.yield(nil), t.start)
    }
    if functionDepth == 0 { defer_("'yield' outside function", at: e.location, end: e.end) }
    return e
  }
}
