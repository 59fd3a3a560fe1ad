/// How a name is reached at run time, decided at compile time from the scope tree.
enum NameAccess {
  case local(Int)
  case cell(Int)
  case global(GlobalSlot)
  /// In a class body: the class namespace first, then the fallback.
  case classBody(String, fallback: Fallback)
  enum Fallback {
    case global(GlobalSlot)
    case cell(Int)
  }
}

/// Turns a resolved AST into Swift closures (`ExprCode`, `StmtCode`), one per node, specialised by
/// operand shape. This is the "closure compiler" design measured in the README's design section.
final class Compiler {
  unowned let interp: Interpreter
  let filename: String
  let globals: Globals
  var scope: Scope
  /// Slot of each local name in the current function scope.
  var slots: [String: Int] = [:]
  /// Cell index of each cell or free name in the current scope.
  var cellIndex: [String: Int] = [:]
  var slotCount = 0
  /// Qualified-name prefix for nested definitions.
  var qualnamePrefix: [String] = []
  /// Number of enclosing loops (for `break`/`continue` checks).
  var loopDepth = 0

  init(interp: Interpreter, filename: String, globals: Globals, scope: Scope) {
    self.interp = interp
    self.filename = filename
    self.globals = globals
    self.scope = scope
  }

  /// Compiles a module body. With `displayLast`, a final expression statement's value is passed to it.
  static func compileModule(_ module: ModuleAST, interp: Interpreter, filename: String, globals: Globals, displayLast: ((Value) throws -> Void)?) throws(SyntaxError) -> StmtCode {
    let root = try Resolver.resolve(module, filename: filename)
    let c = Compiler(interp: interp, filename: filename, globals: globals, scope: root)
    var body = module.body
    var last: StmtCode?
    if let displayLast, let final = body.last, case .expr(let e) = final.kind {
      body.removeLast()
      let value = try c.compile(e)
      let line = final.location.line
      last = { frame in
        frame.line = line
        let v = try value(frame)
        try displayLast(v)
        return .normal
      }
    }
    var codes = try c.compileBlock(body)
    if let last { codes.append(last) }
    return Compiler.sequence(codes)
  }

  /// Compiles one expression (for `eval` and user expressions).
  static func compileExpression(_ expr: Expr, interp: Interpreter, filename: String, globals: Globals) throws(SyntaxError) -> ExprCode {
    let module = ModuleAST(body: [Stmt(.expr(expr), at: expr.location)])
    let root = try Resolver.resolve(module, filename: filename)
    let c = Compiler(interp: interp, filename: filename, globals: globals, scope: root)
    return try c.compile(expr)
  }

  // MARK: - Names

  func access(_ name: String) -> NameAccess {
    switch scope.kind {
    case .module:
      return .global(globals.slot(name))
    case .classBody:
      if let c = cellIndex[name], scope.freeNames.contains(name), !scope.isBound(name) {
        return .classBody(name, fallback: .cell(c))
      }
      return .classBody(name, fallback: .global(globals.slot(name)))
    case .function, .comprehension:
      if scope.declaredGlobal.contains(name) { return .global(globals.slot(name)) }
      if let c = cellIndex[name] { return .cell(c) }
      if let s = slots[name] { return .local(s) }
      return .global(globals.slot(name))
    }
  }

  func loadName(_ name: String, at pos: SourceRange? = nil) -> ExprCode {
    let interp = self.interp
    switch access(name) {
    case .local(let i):
      return { frame in
        if let v = frame.slots[i] { return v }
        throw Compiler.note(interp.error(interp.types.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value"), pos)
      }
    case .cell(let i):
      return { frame in
        if let v = frame.cells[i].value { return v }
        throw Compiler.note(interp.error(interp.types.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"), pos)
      }
    case .global(let slot):
      let builtin = interp.builtins.slot(name)
      return { _ in
        if let v = slot.value { return v }
        if let v = builtin.value { return v }
        throw Compiler.note(interp.nameError(name), pos)
      }
    case .classBody(let n, let fallback):
      let builtin = interp.builtins.slot(name)
      return { frame in
        if let v = frame.classNamespace?[n] { return v }
        switch fallback {
        case .global(let slot):
          if let v = slot.value { return v }
        case .cell(let i):
          if let v = frame.cells[i].value { return v }
        }
        if let v = builtin.value { return v }
        throw Compiler.note(interp.nameError(name), pos)
      }
    }
  }

  func storeName(_ name: String) -> (Frame, Value) throws -> Void {
    switch access(name) {
    case .local(let i): return { frame, v in frame.slots[i] = v }
    case .cell(let i): return { frame, v in frame.cells[i].value = v }
    case .global(let slot): return { _, v in slot.value = v }
    case .classBody(let n, _): return { frame, v in frame.classNamespace?[n] = v }
    }
  }

  func deleteName(_ name: String) -> StmtCode {
    let interp = self.interp
    let notDefined: @Sendable () -> String = { "name '\(name)' is not defined" }
    switch access(name) {
    case .local(let i):
      return { frame in
        guard frame.slots[i] != nil else {
          throw interp.error(interp.types.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        frame.slots[i] = nil
        return .normal
      }
    case .cell(let i):
      return { frame in
        guard frame.cells[i].value != nil else { throw interp.error(interp.types.nameError, notDefined()) }
        frame.cells[i].value = nil
        return .normal
      }
    case .global(let slot):
      return { _ in
        guard slot.value != nil else { throw interp.error(interp.types.nameError, notDefined()) }
        slot.value = nil
        return .normal
      }
    case .classBody(let n, _):
      return { frame in
        guard frame.classNamespace?[n] != nil else { throw interp.error(interp.types.nameError, notDefined()) }
        frame.classNamespace?[n] = nil
        return .normal
      }
    }
  }

  // MARK: - Blocks

  /// Runs statements in order, stopping at break/continue/return.
  static func sequence(_ codes: [StmtCode]) -> StmtCode {
    switch codes.count {
    case 0: return { _ in .normal }
    case 1: return codes[0]
    case 2:
      let a = codes[0], b = codes[1]
      return { frame in
        let f = try a(frame)
        if case .normal = f { return try b(frame) }
        return f
      }
    default:
      let all = ContiguousArray(codes)
      return { frame in
        for code in all {
          let f = try code(frame)
          if case .normal = f { continue }
          return f
        }
        return .normal
      }
    }
  }

  func compileBlock(_ stmts: [Stmt]) throws(SyntaxError) -> [StmtCode] {
    var out: [StmtCode] = []
    out.reserveCapacity(stmts.count)
    for s in stmts { out.append(try compile(s)) }
    return out
  }

  func block(_ stmts: [Stmt]) throws(SyntaxError) -> StmtCode {
    Compiler.sequence(try compileBlock(stmts))
  }
}

// MARK: - Positions for tracebacks

extension Compiler {
  /// The source range of an expression (nil when the parser recorded no extent).
  func range(_ e: Expr, anchor: SourceRange.Anchor = .none) -> SourceRange? {
    guard e.end.line > e.location.line || (e.end.line == e.location.line && e.end.column > e.location.column) else { return nil }
    return SourceRange(line: e.location.line, column: e.location.column, endLine: e.end.line, endColumn: e.end.column, anchor: anchor)
  }

  /// The range from `start` to the end of `last`.
  func range(from start: SourceLocation, to last: Expr?) -> SourceRange? {
    guard let last else { return nil }
    return SourceRange(line: start.line, column: start.column, endLine: last.end.line, endColumn: last.end.column)
  }

  /// Notes where an exception surfaced in the current frame, unless an inner expression already did.
  @inline(__always) static func note(_ error: any Error, _ position: SourceRange?) -> any Error {
    if let position, let e = error as? PyError, let state = e.exception.exception, state.position == nil {
      state.position = position
    }
    return error
  }

  /// The frame name tracebacks show for code compiled by this compiler (`<module>`, a function, a class).
  var frameName: String { scope.name }
}
