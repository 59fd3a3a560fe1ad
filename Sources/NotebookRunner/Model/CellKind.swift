/// The kind of a notebook cell: nbformat's `cell_type`.
public enum CellKind: String, Sendable, Equatable, CaseIterable {
  /// Python source the runner executes.
  case code
  /// Text for the reader, rendered as Markdown.
  case markdown
  /// Text passed through untouched (nbconvert's raw cells).
  case raw
}
