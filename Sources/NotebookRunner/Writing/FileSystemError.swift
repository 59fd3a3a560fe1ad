#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed file operation (reading a notebook, a step of an atomic write): which one and the `errno`.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was being done, e.g. `create a temporary file in notebooks`.
  public var operation: String
  /// The `errno` value.
  public var code: Int32

  public init(operation: String, code: Int32) {
    self.operation = operation
    self.code = code
  }

  /// `cannot write: No space left on device`.
  public var description: String {
    let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    return "cannot \(operation): \(reason)"
  }
}
