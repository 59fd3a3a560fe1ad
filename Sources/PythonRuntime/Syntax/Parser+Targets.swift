// Assignment / deletion target validation with CPython's names for expressions.

extension Parser {
  enum TargetKind { case starTargets, delTargets, forTargets }

  /// CPython's `_PyPegen_get_invalid_target`: the sub-expression that cannot be a target, if any.
  static func invalidTarget(_ e: Expr, _ kind: TargetKind) -> Expr? {
    switch e.kind {
    case .name, .attribute, .subscript:
      return nil
    case .list(let elts), .tuple(let elts):
      for elt in elts {
        if let bad = invalidTarget(elt, kind) { return bad }
      }
      return nil
    case .starred(let value):
      return kind == .delTargets ? e : invalidTarget(value, kind)
    case .compare(let left, let ops):
      if kind == .forTargets {
        if let first = ops.first, first.0 == .in { return invalidTarget(left, kind) }
        return nil
      }
      return e
    default:
      return e
    }
  }

  static func constantName(_ c: Constant) -> String? {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .ellipsis: return "ellipsis"
    default: return "literal"
    }
  }

  /// CPython's `_PyPegen_get_expr_name`.
  static func describe(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let c): return constantName(c) ?? "literal"
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
  }

  /// Expressions CPython's `bitwise_or` rule can produce (for the "Maybe you meant '=='" hint).
  static func isBitwiseOrLevel(_ e: Expr) -> Bool {
    switch e.kind {
    case .boolOp, .compare, .ifExp, .lambda, .namedExpr, .starred, .yield, .yieldFrom, .slice:
      return false
    case .unaryOp(let op, _):
      return op != .not
    default:
      return true
    }
  }

  /// Whether `e` begins with a list, tuple or generator expression or is True/None/False
  /// (CPython excludes those from the "Maybe you meant '=='" hint).
  static func isExcludedFromEqualsHint(_ e: Expr) -> Bool {
    switch e.kind {
    case .list, .tuple, .generatorExp: return true
    case .constant(.none), .constant(.bool): return true
    default: return false
    }
  }

  /// Validates the target before `=` in an assignment statement; `isFirst` is true for the
  /// leftmost target, where CPython 3.11 tries its "Maybe you meant '=='" hints first.
  /// The current token is the `=`.
  mutating func validateAssignTarget(_ target: Expr, isFirst: Bool) throws(SyntaxError) {
    if case .yield = target.kind {
      throw error("assignment to yield expression not possible", at: target.location, end: target.end)
    }
    if case .yieldFrom = target.kind {
      throw error("assignment to yield expression not possible", at: target.location, end: target.end)
    }
    guard let bad = Parser.invalidTarget(target, .starTargets) else { return }
    if isFirst {
      var candidate = target
      if case .tuple(let elts) = target.kind, let first = elts.first, first.location == target.location,
        let last = elts.last, elts.count > 1
      {
        candidate = last
      }
      let save = p
      advance()
      var rhs: Expr?
      let saveSuppress = suppressInvalidRules
      suppressInvalidRules = true
      if canStartExpression() {
        do { rhs = try bitwiseOr() } catch { rhs = nil }
      }
      let followedByAssign = isOp("=") || isOp(":=")
      suppressInvalidRules = saveSuppress
      p = save
      if let rhs, !followedByAssign {
        if case .name = candidate.kind {
          throw error(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: candidate.location, end: rhs.end)
        }
        if !Parser.isExcludedFromEqualsHint(candidate), Parser.isBitwiseOrLevel(candidate) {
          throw error(
            "cannot assign to \(Parser.describe(candidate)) here. Maybe you meant '==' instead of '='?",
            at: candidate.location, end: candidate.end)
        }
      }
    }
    throw error("cannot assign to \(Parser.describe(bad))", at: bad.location, end: bad.end)
  }

  /// Compile-time checks on starred expressions in assignments (CPython's compiler messages).
  mutating func checkStarredAssignment(targets: [Expr], value: Expr) {
    for t in targets {
      switch t.kind {
      case .starred:
        defer_("starred assignment target must be in a list or tuple", at: t.location, end: t.end)
      case .list(let elts), .tuple(let elts):
        let stars = elts.filter { if case .starred = $0.kind { return true } else { return false } }
        if stars.count > 1 { defer_("multiple starred expressions in assignment", at: t.location, end: t.end) }
      default:
        break
      }
    }
    if case .starred = value.kind {
      defer_("can't use starred expression here", at: value.location, end: value.end)
    }
  }
}
