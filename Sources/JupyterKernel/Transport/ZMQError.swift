import CZeroMQ

/// A failed libzmq call: which operation, the errno it left, and libzmq's description of it.
public struct ZMQError: Error, Sendable, CustomStringConvertible {
  /// The libzmq function or operation that failed, e.g. `"zmq_bind tcp://127.0.0.1:5555"`.
  public var operation: String
  /// The `zmq_errno()` value after the failure.
  public var code: Int32

  /// Captures `zmq_errno()` for `operation`.
  public init(_ operation: String, code: Int32 = zmq_errno()) {
    self.operation = operation
    self.code = code
  }

  /// True when the context is being terminated (`ETERM`): the owner should close its socket and stop.
  public var isTerminating: Bool { code == ETERM }

  public var description: String {
    let text = zmq_strerror(code).map { String(cString: $0) } ?? "errno \(code)"
    return "\(operation): \(text)"
  }
}
