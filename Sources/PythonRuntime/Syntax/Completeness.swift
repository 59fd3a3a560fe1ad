// Jupyter's is_complete: IPython's TransformerManager.check_complete rules on our tokenizer/parser.

/// Whether a cell is ready to run, as Jupyter's `is_complete_request` asks.
public enum Completeness: Sendable, Equatable {
  /// Ready to execute.
  case complete
  /// Wants more input; `indent` is the suggested indentation of the next line.
  case incomplete(indent: String)
  /// A syntax error that more input cannot fix.
  case invalid
}

/// Classifies `source` with IPython's rules: unclosed brackets, triple-quoted strings and
/// trailing `\` want more input; so does a last line ending in `:` (indent 4 more) and a cell
/// ending inside an indented block until it ends with an empty line.
public func completeness(of source: String) -> Completeness {
  let scalars = Array(source.unicodeScalars)
  var endsWithNewline = false
  for c in scalars.reversed() {
    if c == "\n" || c == "\r" {
      endsWithNewline = true
      break
    }
    if !(c == " " || c == "\t" || c == "\u{0C}") { break }
  }
  if scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) {
    return .complete
  }
  var cell = scalars
  if !endsWithNewline { cell.append("\n") }
  // The last line without its line break (IPython's lines[-1]) and its indentation.
  var body = cell
  if body.last == "\n" { body.removeLast() }
  if body.last == "\r" { body.removeLast() }
  let lastLine = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.last ?? []
  let lastIndent = lastLine.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
  let lastIndentString = String(repeating: " ", count: lastIndent)
  if lastLine.last == "\\" { return .incomplete(indent: lastIndentString) }

  var tokenizer = Tokenizer(scalars: cell)
  let result = tokenizer.tokenize()
  if let e = result.error {
    return e.isUnexpectedEOF ? .incomplete(indent: lastIndentString) : .invalid
  }
  let tokens = result.tokens
  // The last logical line's significant tokens, and whether the cell ends with DEDENTs.
  let trailing: Set<TokenKind> = [.endMarker, .dedent, .newline]
  let endsWithDedent = tokens.reversed().prefix { trailing.contains($0.kind) }.contains { $0.kind == .dedent }
  guard let last = tokens.lastIndex(where: { !trailing.contains($0.kind) }) else { return .complete }
  let lineStart = (tokens.prefix(last).lastIndex { $0.kind == .newline } ?? -1) + 1
  let lineTokens = tokens.prefix(last + 1).dropFirst(lineStart)
  if let colon = lineTokens.last, colon.kind == .op, colon.text == ":" {
    let first = lineTokens.first { $0.kind != .indent && $0.kind != .dedent } ?? colon
    return .incomplete(indent: String(repeating: " ", count: first.start.column + 4))
  }
  do {
    _ = try Parser.parse(String(String.UnicodeScalarView(cell)))
  } catch {
    return error.isUnexpectedEOF ? .incomplete(indent: lastIndentString) : .invalid
  }
  if endsWithDedent && !endsWithNewline { return .incomplete(indent: lastIndentString) }
  return .complete
}
