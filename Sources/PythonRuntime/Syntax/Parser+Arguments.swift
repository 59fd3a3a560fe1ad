// Call arguments and def/lambda parameter lists.

extension Parser {
  /// `primary(arguments)`; the current token is `(`.
  mutating func call(_ function: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
    let open = advance()
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    try enter()
    defer { leave() }
    var args: [Expr] = []
    var keywords: [Keyword] = []
    var sawKeyword = false
    var sawDoubleStar = false
    var keywordNames: Set<String> = []
    while !isOp(")") {
      let t = tok
      if eatOp("**") {
        let value = try expression()
        keywords.append(Keyword(name: nil, value: value, at: t.start))
        sawDoubleStar = true
      } else if eatOp("*") {
        let value = try expression()
        let starred = node(.starred(value), t.start)
        if sawDoubleStar {
          throw error("iterable argument unpacking follows keyword argument unpacking", token: t)
        }
        args.append(starred)
      } else if isName(), peek(1).kind == .op, peek(1).text == "=" {
        advance()
        advance()
        let value = try expression()
        if keywordNames.contains(t.text) {
          defer_("keyword argument repeated: \(t.text)", at: t.start, end: value.end)
        }
        keywordNames.insert(t.text)
        keywords.append(Keyword(name: t.text, value: value, at: t.start))
        sawKeyword = true
      } else {
        let e = try namedExpression(equalsHint: false)
        if isComprehensionStart() {
          try checkNotStarred(e)
          let generators = try comprehensionClauses()
          if args.isEmpty && keywords.isEmpty && isOp(")") {
            advance()
            let g = node(.generatorExp(element: e, generators: generators), open.start)
            return node(.call(function: function, args: [g], keywords: []), start)
          }
          throw error("Generator expression must be parenthesized", at: e.location, end: lastEnd)
        }
        if isOp("=") {
          let eq = tok
          if case .constant(let c) = e.kind, let name = Parser.constantName(c), name != "literal" {
            throw error("cannot assign to \(name)", at: e.location, end: eq.end)
          }
          throw error(
            "expression cannot contain assignment, perhaps you meant \"==\"?", at: e.location, end: eq.end)
        }
        if sawDoubleStar {
          throw errorAtFurthest("positional argument follows keyword argument unpacking")
        }
        if sawKeyword {
          throw errorAtFurthest("positional argument follows keyword argument")
        }
        args.append(e)
      }
      if !eatOp(",") { break }
    }
    try expectOp(")")
    return node(.call(function: function, args: args, keywords: keywords), start)
  }

  /// A def or lambda parameter list, up to (not including) `closer` (`)` or `:`).
  mutating func parameters(closer: String, annotations: Bool) throws(SyntaxError) -> Arguments {
    var result = Arguments()
    var positional: [Parameter] = []
    var seenSlash = false
    var seenStar = false
    var seenDefault = false
    var names: Set<String> = []

    func checkDuplicate(_ p: inout Parser, _ param: Parameter, _ names: inout Set<String>) {
      if names.contains(param.name) {
        p.defer_(
          "duplicate argument '\(param.name)' in function definition", at: param.location,
          end: SourceLocation(line: param.location.line, column: param.location.column + param.name.count))
      }
      names.insert(param.name)
    }

    while !isOp(closer) {
      let t = tok
      if isOp("/") {
        if seenSlash { throw error("/ may appear only once", token: t) }
        if seenStar { throw error("/ must be ahead of *", token: t) }
        if positional.isEmpty { throw invalidSyntax() }
        advance()
        result.positionalOnly = positional
        positional = []
        seenSlash = true
      } else if eatOp("**") {
        let param = try parameter(annotations: annotations)
        checkDuplicate(&self, param, &names)
        if isOp("=") { throw error("var-keyword argument cannot have default value", token: tok) }
        result.kwarg = param
        if eatOp(","), !isOp(closer) {
          let next = tok
          if next.kind == .name || next.kind == .op && (next.text == "*" || next.text == "**" || next.text == "/") {
            throw error("arguments cannot follow var-keyword argument", token: next)
          }
          throw invalidSyntax()
        }
        break
      } else if eatOp("*") {
        if seenStar { throw error("* argument may appear only once", token: t) }
        seenStar = true
        if isOp(",") || isOp(closer) {
          let bare = isOp(closer) || (peek(1).kind == .op && (peek(1).text == closer || peek(1).text == "**"))
          if bare { throw error("named arguments must follow bare *", token: t) }
        } else {
          let param = try parameter(annotations: annotations)
          checkDuplicate(&self, param, &names)
          if isOp("=") { throw error("var-positional argument cannot have default value", token: tok) }
          result.vararg = param
        }
      } else {
        let param = try parameter(annotations: annotations)
        checkDuplicate(&self, param, &names)
        var value: Expr?
        if eatOp("=") { value = try expression() }
        if seenStar {
          result.keywordOnly.append(param)
          result.keywordDefaults.append(value)
        } else {
          positional.append(param)
          if let value {
            result.defaults.append(value)
            seenDefault = true
          } else if seenDefault {
            throw error("non-default argument follows default argument", at: param.location, end: lastEnd)
          }
        }
      }
      if !eatOp(",") { break }
    }
    result.args = positional
    return result
  }

  mutating func parameter(annotations: Bool) throws(SyntaxError) -> Parameter {
    let t = tok
    let name = try expectName()
    var annotation: Expr?
    if annotations, eatOp(":") { annotation = try expression() }
    return Parameter(name: name, annotation: annotation, at: t.start)
  }
}
