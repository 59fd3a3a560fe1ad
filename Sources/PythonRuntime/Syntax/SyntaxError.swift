/// A compile-time error found by the Tokenizer, Parser or Resolver, reported to the user as
/// Python's `SyntaxError` (or `IndentationError` / `TabError`) with CPython's wording and a caret.
public struct SyntaxError: Error, Sendable, Equatable {
  /// Which Python exception class the error is raised as.
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
  }
  public var kind: Kind
  /// CPython's message, e.g. `invalid syntax`, `unexpected indent`, `'(' was never closed`.
  public var message: String
  /// Where the caret points (1-based line, 0-based column in code points).
  public var location: SourceLocation
  /// Optional end column of the offending range (CPython 3.11 prints `^^^^` across it).
  public var endColumn: Int?
  /// True when the source ended before the construct was complete (`is_complete` answers "incomplete").
  public var isUnexpectedEOF: Bool

  public init(_ kind: Kind = .syntaxError, _ message: String, at location: SourceLocation, endColumn: Int? = nil, isUnexpectedEOF: Bool = false) {
    self.kind = kind
    self.message = message
    self.location = location
    self.endColumn = endColumn
    self.isUnexpectedEOF = isUnexpectedEOF
  }

  /// A plain `SyntaxError` with a message at a location.
  public init(_ message: String, at location: SourceLocation, endColumn: Int? = nil, isUnexpectedEOF: Bool = false) {
    self.init(.syntaxError, message, at: location, endColumn: endColumn, isUnexpectedEOF: isUnexpectedEOF)
  }
}
