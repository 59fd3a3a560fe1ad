// A compact dump of the AST for tests, in the same format tools/gen_parser_expectations.py
// produces from CPython's `ast` module: ast.dump's node and field order without ctx,
// with `@line:col-endLine:endCol` locations (stmts: `@line:col-endLine`).
@testable import PythonRuntime

enum ASTDump {
  static func module(_ m: ModuleAST) -> String {
    "Module(" + list(m.body.map { stmt($0) }) + ")"
  }

  static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

  static func opt(_ e: Expr?, _ loc: Bool = true) -> String { e.map { expr($0, loc) } ?? "None" }

  static func str(_ s: String?) -> String {
    guard let s else { return "None" }
    var out = "'"
    for c in s.unicodeScalars {
      if c.value >= 0x20 && c.value < 0x7F && c != "'" && c != "\\" {
        out.unicodeScalars.append(c)
      } else {
        out += "\\u{" + String(c.value, radix: 16) + "}"
      }
    }
    return out + "'"
  }

  static func node(_ name: String, _ fields: [String], at loc: String) -> String {
    name + loc + "(" + fields.joined(separator: ", ") + ")"
  }

  static func stmts(_ body: [Stmt]) -> String { list(body.map { stmt($0) }) }

  static func stmt(_ s: Stmt) -> String {
    let loc = "@\(s.location.line):\(s.location.column)-\(s.endLine)"
    func n(_ name: String, _ fields: [String]) -> String { node(name, fields, at: loc) }
    switch s.kind {
    case .functionDef(let name, let args, let body, let decorators, let returns, let isAsync):
      return n(
        isAsync ? "AsyncFunctionDef" : "FunctionDef",
        [str(name), arguments(args), stmts(body), list(decorators.map { expr($0) }), opt(returns)])
    case .classDef(let name, let bases, let keywords, let body, let decorators):
      return n(
        "ClassDef",
        [
          str(name), list(bases.map { expr($0) }), list(keywords.map(keyword)), stmts(body),
          list(decorators.map { expr($0) }),
        ])
    case .return(let v): return n("Return", [opt(v)])
    case .delete(let targets): return n("Delete", [list(targets.map { expr($0) })])
    case .assign(let targets, let value): return n("Assign", [list(targets.map { expr($0) }), expr(value)])
    case .augAssign(let target, let op, let value): return n("AugAssign", [expr(target), binop(op), expr(value)])
    case .annAssign(let target, let annotation, let value, let simple):
      return n("AnnAssign", [expr(target), expr(annotation), opt(value), simple ? "1" : "0"])
    case .for(let target, let iter, let body, let orElse, let isAsync):
      return n(isAsync ? "AsyncFor" : "For", [expr(target), expr(iter), stmts(body), stmts(orElse)])
    case .while(let test, let body, let orElse): return n("While", [expr(test), stmts(body), stmts(orElse)])
    case .if(let test, let body, let orElse): return n("If", [expr(test), stmts(body), stmts(orElse)])
    case .with(let items, let body, let isAsync):
      let its = items.map { "withitem(" + expr($0.contextExpr) + ", " + opt($0.optionalVars) + ")" }
      return n(isAsync ? "AsyncWith" : "With", [list(its), stmts(body)])
    case .raise(let exc, let cause): return n("Raise", [opt(exc), opt(cause)])
    case .try(let body, let handlers, let orElse, let finalBody):
      let hs = handlers.map {
        node(
          "ExceptHandler", [opt($0.type), str($0.name), stmts($0.body)],
          at: "@\($0.location.line):\($0.location.column)")
      }
      return n("Try", [stmts(body), list(hs), stmts(orElse), stmts(finalBody)])
    case .assert(let test, let msg): return n("Assert", [expr(test), opt(msg)])
    case .import(let names): return n("Import", [list(names.map(alias))])
    case .importFrom(let module, let names, let level):
      return n("ImportFrom", [str(module), list(names.map(alias)), String(level)])
    case .global(let names): return n("Global", [list(names.map { str($0) })])
    case .nonlocal(let names): return n("Nonlocal", [list(names.map { str($0) })])
    case .expr(let e): return n("Expr", [expr(e)])
    case .pass: return n("Pass", [])
    case .break: return n("Break", [])
    case .continue: return n("Continue", [])
    }
  }

  static func alias(_ a: Alias) -> String { "alias(" + str(a.name) + ", " + str(a.asName) + ")" }

  static func keyword(_ k: Keyword) -> String {
    node("keyword", [str(k.name), expr(k.value)], at: "@\(k.location.line):\(k.location.column)")
  }

  static func param(_ p: Parameter?) -> String {
    guard let p else { return "None" }
    return node("arg", [str(p.name), opt(p.annotation)], at: "@\(p.location.line):\(p.location.column)")
  }

  static func arguments(_ a: Arguments) -> String {
    "arguments("
      + [
        list(a.positionalOnly.map { param($0) }), list(a.args.map { param($0) }), param(a.vararg),
        list(a.keywordOnly.map { param($0) }), list(a.keywordDefaults.map { opt($0) }), param(a.kwarg),
        list(a.defaults.map { expr($0) }),
      ].joined(separator: ", ") + ")"
  }

  static func binop(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "Add"
    case .sub: return "Sub"
    case .mult: return "Mult"
    case .matMult: return "MatMult"
    case .div: return "Div"
    case .floorDiv: return "FloorDiv"
    case .mod: return "Mod"
    case .pow: return "Pow"
    case .lShift: return "LShift"
    case .rShift: return "RShift"
    case .bitOr: return "BitOr"
    case .bitXor: return "BitXor"
    case .bitAnd: return "BitAnd"
    }
  }

  static func cmpop(_ op: CompareOperator) -> String {
    switch op {
    case .eq: return "Eq"
    case .notEq: return "NotEq"
    case .lt: return "Lt"
    case .ltE: return "LtE"
    case .gt: return "Gt"
    case .gtE: return "GtE"
    case .is: return "Is"
    case .isNot: return "IsNot"
    case .in: return "In"
    case .notIn: return "NotIn"
    }
  }

  static func constant(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigInt(let s): return s
    case .float(let d): return "f0x" + String(d.bitPattern, radix: 16)
    case .imaginary(let d): return "j0x" + String(d.bitPattern, radix: 16)
    case .str(let s): return str(s)
    case .bytes(let b): return "b[" + b.map { String($0) }.joined(separator: ",") + "]"
    case .ellipsis: return "..."
    }
  }

  static func comprehension(_ c: Comprehension) -> String {
    "comprehension(" + expr(c.target) + ", " + expr(c.iter) + ", " + list(c.ifs.map { expr($0) }) + ", "
      + (c.isAsync ? "1" : "0") + ")"
  }

  /// `loc` is false for the parts of an f-string (CPython 3.11 gives them the whole string's location).
  static func expr(_ e: Expr, _ loc: Bool = true) -> String {
    let l = loc ? "@\(e.location.line):\(e.location.column)-\(e.end.line):\(e.end.column)" : ""
    func n(_ name: String, _ fields: [String]) -> String { node(name, fields, at: l) }
    func exprs(_ es: [Expr]) -> String { list(es.map { expr($0) }) }
    func comps(_ gs: [Comprehension]) -> String { list(gs.map(comprehension)) }
    switch e.kind {
    case .name(let id): return n("Name", [str(id)])
    case .constant(let c): return n("Constant", [constant(c)])
    case .joinedStr(let parts): return n("JoinedStr", [list(parts.map { expr($0, false) })])
    case .formattedValue(let value, let conversion, let spec):
      let conv = conversion.flatMap { $0.asciiValue }.map { String($0) } ?? "-1"
      return n("FormattedValue", [expr(value), conv, opt(spec, false)])
    case .list(let elts): return n("List", [exprs(elts)])
    case .tuple(let elts): return n("Tuple", [exprs(elts)])
    case .set(let elts): return n("Set", [exprs(elts)])
    case .dict(let keys, let values): return n("Dict", [list(keys.map { opt($0) }), exprs(values)])
    case .starred(let v): return n("Starred", [expr(v)])
    case .boolOp(let op, let values): return n("BoolOp", [op == .and ? "And" : "Or", exprs(values)])
    case .binOp(let l, let op, let r): return n("BinOp", [expr(l), binop(op), expr(r)])
    case .unaryOp(let op, let v):
      let name: String
      switch op {
      case .invert: name = "Invert"
      case .not: name = "Not"
      case .plus: name = "UAdd"
      case .minus: name = "USub"
      }
      return n("UnaryOp", [name, expr(v)])
    case .compare(let left, let rest):
      return n("Compare", [expr(left), list(rest.map { cmpop($0.0) }), exprs(rest.map { $0.1 })])
    case .ifExp(let test, let body, let orElse): return n("IfExp", [expr(test), expr(body), expr(orElse)])
    case .namedExpr(let target, let value): return n("NamedExpr", [str(target), expr(value)])
    case .lambda(let args, let body): return n("Lambda", [arguments(args), expr(body)])
    case .call(let f, let args, let keywords):
      return n("Call", [expr(f), exprs(args), list(keywords.map(keyword))])
    case .attribute(let v, let attr): return n("Attribute", [expr(v), str(attr)])
    case .subscript(let v, let s): return n("Subscript", [expr(v), expr(s)])
    case .slice(let lower, let upper, let step): return n("Slice", [opt(lower), opt(upper), opt(step)])
    case .listComp(let elt, let gens): return n("ListComp", [expr(elt), comps(gens)])
    case .setComp(let elt, let gens): return n("SetComp", [expr(elt), comps(gens)])
    case .dictComp(let k, let v, let gens): return n("DictComp", [expr(k), expr(v), comps(gens)])
    case .generatorExp(let elt, let gens): return n("GeneratorExp", [expr(elt), comps(gens)])
    case .yield(let v): return n("Yield", [opt(v)])
    case .yieldFrom(let v): return n("YieldFrom", [expr(v)])
    case .await(let v): return n("Await", [expr(v)])
    }
  }
}
