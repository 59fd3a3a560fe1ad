// Tokens produced by the Tokenizer and read by the Parser.

/// The kinds of token the ``Tokenizer`` produces: CPython's token types, without comments
/// and non-logical newlines (the C tokenizer the parser uses never emits those either).
public enum TokenKind: Sendable, Equatable {
  /// An identifier or keyword.
  case name
  /// A numeric literal, as written.
  case number
  /// A string literal including its prefix and quotes (f-strings are one token, as in 3.11).
  case string
  /// An operator or delimiter.
  case op
  /// The end of a logical line.
  case newline
  case indent
  case dedent
  case endMarker
  /// Placeholder at the point where tokenization failed; `TokenizeResult.error` says why.
  case error
}

/// One token with its text and location range.
public struct Token: Sendable {
  public var kind: TokenKind
  /// The source text of the token (empty for NEWLINE at end of file, INDENT, DEDENT, ENDMARKER).
  public var text: String
  /// Where the token starts (1-based line, 0-based column in code points).
  public var start: SourceLocation
  /// Where the token ends (exclusive column).
  public var end: SourceLocation
  /// The token's scalars in the source: `scalars[range]`.
  public var range: Range<Int>

  public init(kind: TokenKind, text: String, start: SourceLocation, end: SourceLocation, range: Range<Int>) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.range = range
  }
}

/// What ``Tokenizer/tokenize()`` returns: the tokens up to the first error, and that error.
public struct TokenizeResult: Sendable {
  /// The tokens; they end with `.endMarker`, or with `.error` when `error` is set.
  public var tokens: [Token]
  /// The first tokenizer error, if any (CPython's message and location).
  public var error: SyntaxError?
  /// True when the error replaces a later parser's generic "invalid syntax" (CPython re-tokenizes
  /// the rest of the file after a generic error and reports tokenizer errors it finds).
  var overridesGenericError: Bool = false
  /// For "'(' was never closed": the line of the unclosed bracket.
  var unclosedBracketLine: Int?
}
