/// Why a notebook file could not be read or written; every message names the file.
public enum NotebookFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be opened or read (missing, a folder, no permission).
  case cannotRead(path: String, reason: String)
  /// The file was read but is not a notebook this runner can run.
  case unreadable(path: String, NotebookReadError)
  /// Writing the notebook failed; the file on disk is unchanged.
  case cannotWrite(path: String, FileSystemError)

  /// The file concerned.
  public var path: String {
    switch self {
    case .cannotRead(let path, _), .unreadable(let path, _), .cannotWrite(let path, _): return path
    }
  }

  /// One line: `notebooks/a.ipynb: not valid JSON (invalid JSON at byte 12: …)`.
  public var description: String {
    switch self {
    case .cannotRead(let path, let reason): return "\(path): \(reason)"
    case .unreadable(let path, let error): return "\(path): \(error)"
    case .cannotWrite(let path, let error): return "\(path): \(error) (the file is unchanged)"
    }
  }
}
