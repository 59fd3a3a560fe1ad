// The recursive-descent parser for Python 3.11 (no `match`), producing ModuleAST.
// Grammar areas live in Parser+Statements, Parser+Compound, Parser+Expressions, Parser+Atoms,
// Parser+Arguments, Parser+Strings, Parser+FString and Parser+Targets.

/// Parses Python 3.11 source into a ``ModuleAST``, or throws ``SyntaxError`` with CPython's
/// message and location. Never crashes: deep nesting and garbage end in a SyntaxError.
public struct Parser {
  var tokens: [Token]
  var p = 0
  /// The furthest token index looked at (decides whether a tokenizer error is reached).
  var furthest = 0
  /// The furthest token index looked at outside error-message lookahead (CPython's first pass):
  /// an error there at end of input means "incomplete input".
  var validFurthest = 0
  let tokenizeResult: TokenizeResult
  let errorTokenIndex: Int
  let source: [Unicode.Scalar]
  let filename: String
  /// Current recursion depth of nested expressions and blocks.
  var depth = 0
  /// > 0 inside a def or lambda body.
  var functionDepth = 0
  /// > 0 inside a loop body (reset by def and class).
  var loopDepth = 0
  /// > 0 inside a class body directly (for nothing yet; kept for the resolver's rules).
  var atModuleLevel = true
  /// The first compile-time error (like `'return' outside function`), reported if parsing succeeds.
  var deferredError: SyntaxError?
  /// Set when parsing the expression of an f-string replacement field.
  var fstringExprStartColumn: Int?
  /// How many brackets enclose the current position (for "Perhaps you forgot a comma?").
  var bracketDepth = 0
  /// Set while parsing CPython's `expression_without_invalid` (no specialised error messages).
  var suppressInvalidRules = false
  /// End of the last consumed name/number/string/op token.
  var lastEnd = SourceLocation(line: 1, column: 0)

  static let maxDepth = 450

  /// Python's keywords (soft keywords `match`, `case`, `_` are ordinary names here).
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  init(scalars: [Unicode.Scalar], line: Int = 1, column: Int = 0, filename: String) {
    var tokenizer = Tokenizer(scalars: scalars, line: line, column: column)
    let result = tokenizer.tokenize()
    self.tokenizeResult = result
    self.tokens = result.tokens
    if tokens.isEmpty {
      let l = SourceLocation(line: line, column: column)
      tokens.append(Token(kind: .endMarker, text: "", start: l, end: l, range: 0..<0))
    }
    self.errorTokenIndex = result.error == nil ? Int.max : tokens.count - 1
    self.source = scalars
    self.filename = filename
  }

  /// Parses a module (a file or a notebook cell).
  public static func parse(_ source: String, filename: String = "<string>") throws(SyntaxError) -> ModuleAST {
    try parse(source, filename: filename, compileChecks: true)
  }

  /// Parses a module; `compileChecks: false` skips the checks CPython makes after parsing
  /// (`'return' outside function` and the like), as `ast.parse` does.
  static func parse(_ source: String, filename: String, compileChecks: Bool) throws(SyntaxError) -> ModuleAST {
    let result: Result<ModuleAST, SyntaxError> = LargeStack.run {
      var parser = Parser(scalars: Array(source.unicodeScalars), filename: filename)
      do throws(SyntaxError) {
        let module = try parser.parseModule()
        if compileChecks, let e = parser.deferredError { return .failure(e) }
        return .success(module)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses a single expression, as `eval()` does (leading whitespace and trailing newlines allowed).
  public static func parseExpression(_ source: String, filename: String = "<string>") throws(SyntaxError) -> Expr {
    var scalars = Array(source.unicodeScalars)
    var start = 0
    while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
    scalars = Array(scalars[start...])
    let result: Result<Expr, SyntaxError> = LargeStack.run {
      var parser = Parser(scalars: scalars, line: 1, column: start, filename: filename)
      do throws(SyntaxError) {
        let e = try parser.parseEvalInput()
        if let error = parser.deferredError { return .failure(error) }
        return .success(e)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  mutating func parseModule() throws(SyntaxError) -> ModuleAST {
    var body: [Stmt] = []
    while true {
      let t = tok
      if t.kind == .endMarker { break }
      if t.kind == .newline {
        advance()
        continue
      }
      body.append(contentsOf: try statement())
    }
    return ModuleAST(body: body)
  }

  mutating func parseEvalInput() throws(SyntaxError) -> Expr {
    let e = try starExpressions()
    while tok.kind == .newline { advance() }
    if tok.kind != .endMarker { throw invalidSyntax() }
    return e
  }

  // MARK: - Token access

  /// The current token (looking at it counts for the tokenizer-error rule).
  var tok: Token {
    mutating get { peek(0) }
  }

  mutating func peek(_ k: Int) -> Token {
    let i = min(p + k, tokens.count - 1)
    if i > furthest { furthest = i }
    if i > validFurthest && !suppressInvalidRules { validFurthest = i }
    return token(at: i)
  }

  /// The token at index `i`, clamped to the token array (which always ends with ENDMARKER or an error).
  func token(at i: Int) -> Token {
    if tokens.indices.contains(i) { return tokens[i] }
    if let last = tokens.last { return last }
    let l = SourceLocation(line: 1, column: 0)
    return Token(kind: .endMarker, text: "", start: l, end: l, range: 0..<0)
  }

  @discardableResult
  mutating func advance() -> Token {
    let t = tok
    if p < tokens.count - 1 { p += 1 }
    switch t.kind {
    case .name, .number, .string, .op: lastEnd = t.end
    default: break
    }
    return t
  }

  mutating func isOp(_ s: String) -> Bool {
    let t = tok
    return t.kind == .op && t.text == s
  }

  mutating func isKeyword(_ s: String) -> Bool {
    let t = tok
    return t.kind == .name && t.text == s
  }

  /// The current token is an identifier (a NAME that is not a keyword).
  mutating func isName() -> Bool {
    let t = tok
    return t.kind == .name && !Parser.keywords.contains(t.text)
  }

  mutating func eatOp(_ s: String) -> Bool {
    if isOp(s) {
      advance()
      return true
    }
    return false
  }

  mutating func eatKeyword(_ s: String) -> Bool {
    if isKeyword(s) {
      advance()
      return true
    }
    return false
  }

  mutating func expectOp(_ s: String) throws(SyntaxError) {
    if !eatOp(s) { throw invalidSyntax() }
  }

  /// CPython's forced token `&&'x'`: a missing token is "expected 'x'" at the current token.
  mutating func expectForced(_ s: String) throws(SyntaxError) {
    if !eatOp(s) {
      let t = tok
      throw error("expected '\(s)'", at: t.start, end: t.end)
    }
  }

  mutating func expectName() throws(SyntaxError) -> String {
    guard isName() else { throw invalidSyntax() }
    return advance().text
  }

  // MARK: - Errors

  /// The tokenizer's error, if the parser has looked at the point where tokenization failed.
  mutating func reachedTokenizerError() -> SyntaxError? {
    guard var e = tokenizeResult.error, furthest >= errorTokenIndex else { return nil }
    e.isUnexpectedEOF = e.isUnexpectedEOF && validFurthest >= errorTokenIndex
    return e
  }

  /// A specific error (not the generic "invalid syntax").
  mutating func error(_ message: String, at start: SourceLocation, end: SourceLocation? = nil) -> SyntaxError {
    if let e = reachedTokenizerError() { return e }
    var m = message
    var s = start
    var endColumn = end.flatMap { $0.line == start.line ? $0.column : nil }
    if let fcol = fstringExprStartColumn {
      m = "f-string: " + m
      if s.line == tokens.first?.start.line {
        s.column -= fcol - 1
        endColumn = endColumn.map { $0 - (fcol - 1) }
      }
    }
    return SyntaxError(.syntaxError, m, at: s, endColumn: endColumn, isUnexpectedEOF: reachedEnd)
  }

  /// Whether the parser has looked at ENDMARKER: its error then means "incomplete input".
  var reachedEnd: Bool {
    mutating get { token(at: validFurthest).kind == .endMarker }
  }

  mutating func error(_ message: String, token t: Token) -> SyntaxError {
    error(message, at: t.start, end: Parser.hasExtent(t) ? t.end : nil)
  }

  /// An error located at the last token looked at (CPython's RAISE_SYNTAX_ERROR without location).
  mutating func errorAtFurthest(_ message: String) -> SyntaxError {
    let t = token(at: furthest)
    return error(message, token: t)
  }

  /// CPython's generic "invalid syntax" at the current token, after checking the tokenizer errors
  /// that CPython reports instead (it re-tokenizes the rest of the file).
  mutating func invalidSyntax() -> SyntaxError {
    let t = tok
    return invalidSyntax(at: t)
  }

  mutating func invalidSyntax(at t: Token) -> SyntaxError {
    if let e = reachedTokenizerError() { return e }
    if var e = tokenizeResult.error {
      e.isUnexpectedEOF = false
      if tokenizeResult.overridesGenericError { return e }
      if let l = tokenizeResult.unclosedBracketLine, t.start.line > l { return e }
    }
    if t.kind == .indent || t.kind == .dedent {
      let m = t.kind == .indent ? "unexpected indent" : "unexpected unindent"
      return SyntaxError(.indentationError, m, at: t.start, isUnexpectedEOF: reachedEnd)
    }
    if t.kind == .error, let e = tokenizeResult.error { return e }
    return error("invalid syntax", token: t)
  }

  /// Records a compile-time error (reported only if the whole parse succeeds, as CPython does).
  mutating func defer_(_ message: String, at start: SourceLocation, end: SourceLocation) {
    if deferredError == nil {
      deferredError = SyntaxError(
        .syntaxError, message, at: start, endColumn: end.line == start.line ? end.column : nil)
    }
  }

  /// Guards recursion: deep nesting is a SyntaxError, never a stack overflow.
  mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > Parser.maxDepth {
      let t = tok
      if let e = reachedTokenizerError() { throw e }
      throw SyntaxError(
        .syntaxError, "too many nested parentheses or blocks: source too complex to parse", at: t.start,
        endColumn: t.end.column)
    }
  }

  mutating func leave() { depth -= 1 }
}
