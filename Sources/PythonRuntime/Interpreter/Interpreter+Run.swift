/// Entry points: run a file or a cell, evaluate an expression; turn syntax errors into Python exceptions.
extension Interpreter {
  /// The singletons `...` and `NotImplemented`.
  public var ellipsis: Value { builtins["Ellipsis"] ?? .none }
  public var notImplementedValue: Value { builtins["NotImplemented"] ?? .none }

  /// Parses and runs source in a module's namespace (a script, a prelude module).
  public func runSource(_ source: String, filename: String, module: PyModule) throws {
    try runCode(source, filename: filename, module: module, display: nil)
  }

  /// Runs a notebook cell in `__main__`: a final expression's value goes to `display` (as IPython's displayhook).
  public func runCell(_ source: String, filename: String, display: @escaping (Value) throws -> Void) throws {
    try runCode(source, filename: filename, module: main, display: display)
  }

  func runCode(_ source: String, filename: String, module: PyModule, display: ((Value) throws -> Void)?) throws {
    sourceLines[filename] = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body: StmtCode
    switch compileSource(source, filename: filename, module: module, display: display) {
    case .success(let code): body = code
    case .failure(let e): throw syntaxErrorException(e, filename: filename)
    }
    let frame = Frame(slotCount: 0, cells: [], globals: module.globals, code: nil)
    do {
      if stackFloor == 0 {
        _ = try withThreadStack { try body(frame) }
      } else {
        _ = try body(frame)
      }
    } catch let e as PyError {
      recordFrame(e, frame, filename: filename, function: "<module>")
      throw e
    }
  }

  private func compileSource(_ source: String, filename: String, module: PyModule, display: ((Value) throws -> Void)?) -> Result<StmtCode, SyntaxError> {
    do {
      let ast = try Parser.parse(source, filename: filename)
      return .success(try Compiler.compileModule(ast, interp: self, filename: filename, globals: module.globals, displayLast: display))
    } catch let e as SyntaxError {
      return .failure(e)
    } catch {
      return .failure(SyntaxError("\(error)", at: SourceLocation(line: 1, column: 0)))
    }
  }

  private func compileExpressionSource(_ source: String, filename: String, globals: Globals) -> Result<ExprCode, SyntaxError> {
    do {
      let expr = try Parser.parseExpression(source, filename: filename)
      return .success(try Compiler.compileExpression(expr, interp: self, filename: filename, globals: globals))
    } catch let e as SyntaxError {
      return .failure(e)
    } catch {
      return .failure(SyntaxError("\(error)", at: SourceLocation(line: 1, column: 0)))
    }
  }

  /// Evaluates one expression in `__main__` (Jupyter user_expressions, `eval`).
  public func evaluate(_ source: String, filename: String = "<string>", globals: Globals? = nil) throws -> Value {
    let g = globals ?? main.globals
    sourceLines[filename] = [source]
    switch compileExpressionSource(source, filename: filename, globals: g) {
    case .success(let code): return try code(Frame(slotCount: 0, cells: [], globals: g, code: nil))
    case .failure(let e): throw syntaxErrorException(e, filename: filename)
    }
  }

  /// A Python SyntaxError instance for a parser error, with `msg`, `lineno`, `offset`, `text`.
  public func syntaxErrorException(_ e: SyntaxError, filename: String) -> PyError {
    let type: PyType
    switch e.kind {
    case .syntaxError: type = types.syntaxError
    case .indentationError: type = types.indentationError
    case .tabError: type = types.tabError
    }
    let inst = makeException(type, e.message)
    let text = sourceLines[filename]?[safe: e.location.line - 1]
    inst.dict["msg"] = .string(e.message)
    inst.dict["lineno"] = .int(e.location.line)
    inst.dict["offset"] = .int(e.location.column + 1)
    inst.dict["end_lineno"] = .int(e.location.line)
    inst.dict["end_offset"] = .int(e.endColumn.map { $0 + 1 } ?? 0)
    inst.dict["filename"] = .string(filename)
    inst.dict["text"] = text.map { .string($0) } ?? .none
    inst.exception?.args = [.string(e.message), tuple([.string(filename), .int(e.location.line), .int(e.location.column + 1), text.map { .string($0) } ?? .none])]
    return PyError(inst)
  }
}
