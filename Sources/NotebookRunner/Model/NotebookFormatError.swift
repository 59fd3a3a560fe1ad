/// Why a JSON document is not a notebook this runner can read: the problem and where in the document.
/// The file-level `NotebookFileError.invalidNotebook` adds the path.
public struct NotebookFormatError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where in the document, e.g. `cells[3].cell_type` (empty for the whole document).
  public var location: String
  /// What is wrong there, e.g. `unknown cell type "heading"`.
  public var problem: String

  public init(location: String, problem: String) {
    self.location = location
    self.problem = problem
  }

  /// `cells[3].cell_type: unknown cell type "heading"`, or just the problem for the whole document.
  public var description: String { location.isEmpty ? problem : "\(location): \(problem)" }
}
