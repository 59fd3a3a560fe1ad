/// An error raised by a tensor operation, worded as PyTorch words it.
///
/// `kind` names the Python exception class the binding should raise; `message` is torch's text.
public struct TorchError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The Python exception class that corresponds to the failure.
  public enum Kind: String, Sendable {
    case runtimeError = "RuntimeError"
    case indexError = "IndexError"
    case typeError = "TypeError"
    case valueError = "ValueError"
    case notImplemented = "NotImplementedError"
    case memoryError = "MemoryError"
  }

  /// The Python exception class.
  public var kind: Kind
  /// The message, exactly as torch prints it after `RuntimeError: `.
  public var message: String

  /// Makes an error of the given kind with torch's message.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// `Kind: message`, as Python's traceback's last line shows it.
  public var description: String { "\(kind.rawValue): \(message)" }

  static func runtime(_ message: String) -> TorchError { TorchError(.runtimeError, message) }
  static func index(_ message: String) -> TorchError { TorchError(.indexError, message) }
  static func type(_ message: String) -> TorchError { TorchError(.typeError, message) }
  static func value(_ message: String) -> TorchError { TorchError(.valueError, message) }
  static func notImplemented(_ message: String) -> TorchError { TorchError(.notImplemented, message) }

  /// torch's message when a dimension argument is out of range.
  static func dimOutOfRange(_ dim: Int, rank: Int) -> TorchError {
    let r = Swift.max(rank, 1)
    return index("Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
  }
}
