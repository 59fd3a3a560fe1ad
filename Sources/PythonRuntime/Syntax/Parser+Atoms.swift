// Atoms: names, constants, displays, comprehensions; and the trailers' insides (calls, slices).

extension Parser {
  mutating func atom() throws(SyntaxError) -> Expr {
    let t = tok
    switch t.kind {
    case .name:
      switch t.text {
      case "None":
        advance()
        return node(.constant(.none), t.start)
      case "True", "False":
        advance()
        return node(.constant(.bool(t.text == "True")), t.start)
      default:
        if Parser.keywords.contains(t.text) { throw invalidSyntax() }
        advance()
        return node(.name(t.text), t.start)
      }
    case .number:
      advance()
      return node(.constant(Parser.numberConstant(t.text)), t.start)
    case .string:
      return try strings()
    case .op:
      switch t.text {
      case "(": return try parenthesized()
      case "[": return try listDisplay()
      case "{": return try braceDisplay()
      case "...":
        advance()
        return node(.constant(.ellipsis), t.start)
      default:
        throw invalidSyntax()
      }
    default:
      throw invalidSyntax()
    }
  }

  mutating func isComprehensionStart() -> Bool {
    isKeyword("for") || (isKeyword("async") && peek(1).kind == .name && peek(1).text == "for")
  }

  func checkNotStarred(_ e: Expr) throws(SyntaxError) {
    if case .starred = e.kind {
      throw SyntaxError(
        .syntaxError, "iterable unpacking cannot be used in comprehension", at: e.location,
        endColumn: e.end.line == e.location.line ? e.end.column : nil)
    }
  }

  /// `()`, `(yield)`, a group, a tuple or a generator expression.
  mutating func parenthesized() throws(SyntaxError) -> Expr {
    let open = advance()
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    try enter()
    defer { leave() }
    if eatOp(")") { return node(.tuple([]), open.start) }
    if isKeyword("yield") {
      let y = try yieldExpression()
      try expectOp(")")
      return y
    }
    let first = try starNamedExpression()
    if isComprehensionStart() {
      try checkNotStarred(first)
      let generators = try comprehensionClauses()
      try expectOp(")")
      return node(.generatorExp(element: first, generators: generators), open.start)
    }
    if eatOp(")") {
      if case .starred = first.kind {
        throw error("cannot use starred expression here", at: first.location, end: first.end)
      }
      return first
    }
    guard isOp(",") else { throw invalidSyntax() }
    var elts = [first]
    while eatOp(",") {
      if isOp(")") { break }
      elts.append(try starNamedExpression())
    }
    try expectOp(")")
    return node(.tuple(elts), open.start)
  }

  mutating func listDisplay() throws(SyntaxError) -> Expr {
    let open = advance()
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    try enter()
    defer { leave() }
    if eatOp("]") { return node(.list([]), open.start) }
    let first = try starNamedExpression()
    if isComprehensionStart() {
      try checkNotStarred(first)
      let generators = try comprehensionClauses()
      try expectOp("]")
      return node(.listComp(element: first, generators: generators), open.start)
    }
    var elts = [first]
    while eatOp(",") {
      if isOp("]") { break }
      elts.append(try starNamedExpression())
    }
    try expectOp("]")
    return node(.list(elts), open.start)
  }

  /// `{}` dict, set, dict comprehension or set comprehension.
  mutating func braceDisplay() throws(SyntaxError) -> Expr {
    let open = advance()
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    try enter()
    defer { leave() }
    if eatOp("}") { return node(.dict(keys: [], values: []), open.start) }
    var keys: [Expr?] = []
    var values: [Expr] = []
    if isOp("**") {
      let star = advance()
      keys.append(nil)
      values.append(try bitwiseOr())
      if isComprehensionStart() {
        throw error("dict unpacking cannot be used in dict comprehension", token: star)
      }
    } else {
      let first = try starNamedExpression()
      if eatOp(":") {
        let value = try expression()
        if isComprehensionStart() {
          let generators = try comprehensionClauses()
          try expectOp("}")
          return node(.dictComp(key: first, value: value, generators: generators), open.start)
        }
        keys.append(first)
        values.append(value)
      } else {
        if isComprehensionStart() {
          try checkNotStarred(first)
          let generators = try comprehensionClauses()
          try expectOp("}")
          return node(.setComp(element: first, generators: generators), open.start)
        }
        var elts = [first]
        while eatOp(",") {
          if isOp("}") { break }
          elts.append(try starNamedExpression())
        }
        try expectOp("}")
        return node(.set(elts), open.start)
      }
    }
    while eatOp(",") {
      if isOp("}") { break }
      if eatOp("**") {
        keys.append(nil)
        values.append(try bitwiseOr())
        continue
      }
      let key = try expression()
      if !eatOp(":") {
        if isOp(",") || isOp("}") {
          throw error("':' expected after dictionary key", at: key.location)
        }
        throw invalidSyntax()
      }
      keys.append(key)
      values.append(try expression())
    }
    try expectOp("}")
    return node(.dict(keys: keys, values: values), open.start)
  }

  /// `for target in iter if cond ...` clauses (the current token is `for` or `async`).
  mutating func comprehensionClauses() throws(SyntaxError) -> [Comprehension] {
    var generators: [Comprehension] = []
    while isComprehensionStart() {
      let isAsync = eatKeyword("async")
      advance()
      let target = try targetList()
      if let bad = Parser.invalidTarget(target, .forTargets) {
        throw error("cannot assign to \(Parser.describe(bad))", at: bad.location, end: bad.end)
      }
      guard eatKeyword("in") else { throw invalidSyntax() }
      let iter = try disjunction()
      var ifs: [Expr] = []
      while eatKeyword("if") { ifs.append(try disjunction()) }
      generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
    }
    return generators
  }

  /// Assignment-like targets for `for` and comprehensions: stops before `in`.
  mutating func targetList() throws(SyntaxError) -> Expr {
    let start = tok.start
    let first = try targetElement()
    guard isOp(",") else { return first }
    var elts = [first]
    while eatOp(",") {
      if !(canStartExpression() || isOp("*")) { break }
      elts.append(try targetElement())
    }
    return node(.tuple(elts), start)
  }

  mutating func targetElement() throws(SyntaxError) -> Expr {
    if isOp("*") {
      let t = advance()
      let value = try bitwiseOr()
      return node(.starred(value), t.start)
    }
    return try bitwiseOr()
  }

  // MARK: - Subscripts

  mutating func slices() throws(SyntaxError) -> Expr {
    let start = tok.start
    let first = try sliceItem()
    guard isOp(",") else {
      if case .starred = first.kind { return node(.tuple([first]), start) }
      return first
    }
    var elts = [first]
    while eatOp(",") {
      if isOp("]") { break }
      elts.append(try sliceItem())
    }
    return node(.tuple(elts), start)
  }

  mutating func sliceItem() throws(SyntaxError) -> Expr {
    if isOp("*") {
      let t = advance()
      let value = try bitwiseOr()
      return node(.starred(value), t.start)
    }
    let start = tok.start
    var lower: Expr?
    if !isOp(":") {
      let e = try namedExpression()
      if !isOp(":") { return e }
      lower = e
    }
    advance()
    var upper: Expr?
    if !(isOp(":") || isOp(",") || isOp("]")) { upper = try expression() }
    var step: Expr?
    if eatOp(":"), !(isOp(",") || isOp("]")) { step = try expression() }
    return node(.slice(lower: lower, upper: upper, step: step), start)
  }
}
