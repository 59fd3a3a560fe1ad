import ExecutionEngine

/// Why bytes could not be read as a notebook (without the path; `NotebookFileError` adds it).
public enum NotebookReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes are not UTF-8 text.
  case notUTF8
  /// The text is not JSON.
  case invalidJSON(JSONParseError)
  /// The JSON is not an nbformat 4.0–4.5 notebook.
  case invalidNotebook(NotebookFormatError)

  public var description: String {
    switch self {
    case .notUTF8: return "not UTF-8 text"
    case .invalidJSON(let error): return "not valid JSON (\(error))"
    case .invalidNotebook(let error): return "not a valid notebook: \(error)"
    }
  }
}
