/// The Resolver walks a module's AST once and builds its scope tree: for every function, lambda,
/// comprehension and class body, which names are local, captured (cells), free or global.
/// The Compiler then turns each name into a slot, a cell or a global box, never a dictionary lookup.
struct Resolver {
  private(set) var root: Scope
  private var current: Scope
  private let filename: String

  /// Resolves a module body. Throws SyntaxError for scoping errors (`nonlocal` without a binding, ...).
  static func resolve(_ module: ModuleAST, filename: String) throws(SyntaxError) -> Scope {
    var r = Resolver(filename: filename)
    for s in module.body { try r.visit(s) }
    try finish(r.root)
    return r.root
  }

  private init(filename: String) {
    let root = Scope(kind: .module, name: "<module>", parent: nil)
    self.root = root
    self.current = root
    self.filename = filename
  }

  // MARK: - Statements

  private mutating func visit(_ stmt: Stmt) throws(SyntaxError) {
    switch stmt.kind {
    case .functionDef(let name, let args, let body, let decorators, let returns, _):
      for d in decorators { try visit(d) }
      try visitDefaults(args)
      if let returns { try visit(returns) }
      current.bind(name)
      try withScope(.function, name: name, key: ScopeKey(line: stmt.location.line, column: stmt.location.column, tag: 1)) { r throws(SyntaxError) in
        r.declareParameters(args)
        for s in body { try r.visit(s) }
      }
    case .classDef(let name, let bases, let keywords, let body, let decorators):
      for d in decorators { try visit(d) }
      for b in bases { try visit(b) }
      for k in keywords { try visit(k.value) }
      current.bind(name)
      try withScope(.classBody, name: name, key: ScopeKey(line: stmt.location.line, column: stmt.location.column, tag: 2)) { r throws(SyntaxError) in
        for s in body { try r.visit(s) }
      }
    case .return(let v):
      if current.kind != .function {
        throw SyntaxError("'return' outside function", at: stmt.location)
      }
      if let v { try visit(v) }
    case .delete(let targets):
      for t in targets { try visitTarget(t) }
    case .assign(let targets, let value):
      try visit(value)
      for t in targets { try visitTarget(t) }
    case .augAssign(let target, _, let value):
      try visit(value)
      try visitTarget(target)
      if case .name(let n) = target.kind { current.used.insert(n) }
    case .annAssign(let target, let annotation, let value, _):
      if let value { try visit(value) }
      if current.kind != .function { try visit(annotation) }
      try visitTarget(target)
    case .for(let target, let iter, let body, let orElse, _):
      try visit(iter)
      try visitTarget(target)
      for s in body { try visit(s) }
      for s in orElse { try visit(s) }
    case .while(let test, let body, let orElse):
      try visit(test)
      for s in body { try visit(s) }
      for s in orElse { try visit(s) }
    case .if(let test, let body, let orElse):
      try visit(test)
      for s in body { try visit(s) }
      for s in orElse { try visit(s) }
    case .with(let items, let body, _):
      for item in items {
        try visit(item.contextExpr)
        if let v = item.optionalVars { try visitTarget(v) }
      }
      for s in body { try visit(s) }
    case .raise(let exc, let cause):
      if let exc { try visit(exc) }
      if let cause { try visit(cause) }
    case .try(let body, let handlers, let orElse, let finalBody):
      for s in body { try visit(s) }
      for h in handlers {
        if let t = h.type { try visit(t) }
        if let n = h.name { current.bind(n) }
        for s in h.body { try visit(s) }
      }
      for s in orElse { try visit(s) }
      for s in finalBody { try visit(s) }
    case .assert(let test, let msg):
      try visit(test)
      if let msg { try visit(msg) }
    case .import(let aliases):
      for a in aliases {
        let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
        current.bind(bound)
      }
    case .importFrom(_, let names, _):
      for a in names where a.name != "*" { current.bind(a.asName ?? a.name) }
    case .global(let names):
      for n in names {
        if current.isBound(n) || current.used.contains(n) {
          throw SyntaxError("name '\(n)' is \(current.isBound(n) ? "assigned to" : "used prior to global declaration") before global declaration", at: stmt.location)
        }
        current.declaredGlobal.insert(n)
      }
    case .nonlocal(let names):
      if current.kind == .module { throw SyntaxError("nonlocal declaration not allowed at module level", at: stmt.location) }
      for n in names { current.declaredNonlocal.insert(n) }
    case .expr(let e):
      try visit(e)
    case .pass, .break, .continue:
      break
    }
  }

  private mutating func visitDefaults(_ args: Arguments) throws(SyntaxError) {
    for d in args.defaults { try visit(d) }
    for d in args.keywordDefaults { if let d { try visit(d) } }
    for p in args.positionalOnly + args.args + args.keywordOnly { if let a = p.annotation { try visit(a) } }
  }

  private mutating func declareParameters(_ args: Arguments) {
    var names = args.positionalOnly.map(\.name) + args.args.map(\.name)
    if let v = args.vararg { names.append(v.name) }
    names += args.keywordOnly.map(\.name)
    if let k = args.kwarg { names.append(k.name) }
    current.parameters = names
    for n in names { current.bind(n) }
  }

  private mutating func withScope(_ kind: Scope.Kind, name: String, key: ScopeKey, _ body: (inout Resolver) throws(SyntaxError) -> Void) throws(SyntaxError) {
    let scope = Scope(kind: kind, name: name, parent: current)
    current.children[key] = scope
    let saved = current
    current = scope
    defer { current = saved }
    try body(&self)
  }

  // MARK: - Targets and expressions

  private mutating func visitTarget(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name(let n): current.bind(n)
    case .tuple(let items), .list(let items): for i in items { try visitTarget(i) }
    case .starred(let inner): try visitTarget(inner)
    case .attribute(let obj, _): try visit(obj)
    case .subscript(let obj, let index):
      try visit(obj)
      try visit(index)
    default: try visit(e)
    }
  }

  private mutating func visit(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name(let n):
      current.used.insert(n)
      if n == "super" || n == "__class__" { markClassCellUse() }
    case .constant: break
    case .joinedStr(let parts): for p in parts { try visit(p) }
    case .formattedValue(let v, _, let spec):
      try visit(v)
      if let spec { try visit(spec) }
    case .list(let items), .tuple(let items), .set(let items): for i in items { try visit(i) }
    case .dict(let keys, let values):
      for k in keys { if let k { try visit(k) } }
      for v in values { try visit(v) }
    case .starred(let inner): try visit(inner)
    case .boolOp(_, let values): for v in values { try visit(v) }
    case .binOp(let l, _, let r):
      try visit(l)
      try visit(r)
    case .unaryOp(_, let v): try visit(v)
    case .compare(let left, let rest):
      try visit(left)
      for (_, r) in rest { try visit(r) }
    case .ifExp(let t, let b, let o):
      try visit(t)
      try visit(b)
      try visit(o)
    case .namedExpr(let target, let value):
      try visit(value)
      var s: Scope? = current
      while let scope = s, scope.kind == .comprehension { s = scope.parent }
      (s ?? current).bind(target)
      if s !== current {
        current.used.insert(target)
      }
    case .lambda(let args, let body):
      try visitDefaults(args)
      try withScope(.function, name: "<lambda>", key: ScopeKey(line: e.location.line, column: e.location.column, tag: 3)) { r throws(SyntaxError) in
        r.declareParameters(args)
        try r.visit(body)
      }
    case .call(let f, let args, let keywords):
      try visit(f)
      for a in args { try visit(a) }
      for k in keywords { try visit(k.value) }
    case .attribute(let obj, _): try visit(obj)
    case .subscript(let obj, let idx):
      try visit(obj)
      try visit(idx)
    case .slice(let lo, let hi, let st):
      if let lo { try visit(lo) }
      if let hi { try visit(hi) }
      if let st { try visit(st) }
    case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
      try visitComprehension(e, gens) { r throws(SyntaxError) in try r.visit(elt) }
    case .dictComp(let k, let v, let gens):
      try visitComprehension(e, gens) { r throws(SyntaxError) in
        try r.visit(k)
        try r.visit(v)
      }
    case .yield(let v):
      try markGenerator(e)
      if let v { try visit(v) }
    case .yieldFrom(let v):
      try markGenerator(e)
      try visit(v)
    case .await(let v): try visit(v)
    }
  }

  private mutating func visitComprehension(_ e: Expr, _ gens: [Comprehension], element: (inout Resolver) throws(SyntaxError) -> Void) throws(SyntaxError) {
    guard let first = gens.first else { return }
    try visit(first.iter)
    try withScope(.comprehension, name: "<comprehension>", key: ScopeKey(line: e.location.line, column: e.location.column, tag: 4)) { r throws(SyntaxError) in
      r.current.parameters = [".0"]
      r.current.bind(".0")
      if case .generatorExp = e.kind { r.current.isGenerator = true }
      for (i, g) in gens.enumerated() {
        if i > 0 { try r.visit(g.iter) }
        try r.visitTarget(g.target)
        for cond in g.ifs { try r.visit(cond) }
      }
      try element(&r)
    }
  }

  private mutating func markGenerator(_ e: Expr) throws(SyntaxError) {
    guard current.kind == .function || current.kind == .comprehension else {
      throw SyntaxError("'yield' outside function", at: e.location)
    }
    current.isGenerator = true
  }

  private mutating func markClassCellUse() {
    var s: Scope? = current
    while let scope = s {
      if scope.kind == .classBody {
        scope.needsClassCell = true
        return
      }
      s = scope.parent
    }
  }

  // MARK: - Free variables

  /// Decides cells and free variables for every scope, top-down.
  private static func finish(_ scope: Scope) throws(SyntaxError) {
    if scope.kind != .module {
      for n in scope.declaredNonlocal.sorted() {
        guard let def = scope.enclosingDefinition(of: n) else {
          throw SyntaxError("no binding for nonlocal '\(n)' found", at: SourceLocation(line: 1, column: 0))
        }
        link(n, from: scope, to: def)
      }
      let candidates = scope.used.union(scope.kind == .classBody ? [] : [])
      for n in candidates.sorted() where !scope.isLocal(n) && !scope.declaredGlobal.contains(n) && !scope.parameters.contains(n) {
        if scope.kind == .classBody && scope.isBound(n) { continue }
        if let def = scope.enclosingDefinition(of: n) { link(n, from: scope, to: def) }
      }
      if scope.kind == .function || scope.kind == .comprehension, scope.used.contains("super") || scope.used.contains("__class__") {
        var s = scope.parent
        while let p = s, p.kind != .classBody { s = p.parent }
        if let cls = s {
          cls.addCell("__class__")
          var t: Scope? = scope
          while let x = t, x !== cls {
            x.addFree("__class__")
            t = x.parent
          }
        }
      }
    }
    for child in scope.children.values.sorted(by: { ($0.name, 0) < ($1.name, 1) }) { try finish(child) }
  }

  /// Marks `name` as free in `from` and every scope between it and `to`, and as a cell of `to`.
  private static func link(_ name: String, from: Scope, to def: Scope) {
    def.addCell(name)
    var s: Scope? = from
    while let scope = s, scope !== def {
      scope.addFree(name)
      s = scope.parent
    }
  }
}
