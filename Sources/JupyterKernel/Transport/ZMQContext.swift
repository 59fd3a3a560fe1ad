import CZeroMQ

/// A libzmq context. Unlike sockets, a context is thread-safe, so this type is shared between the
/// kernel's threads; each thread creates and owns its own sockets from it.
public final class ZMQContext: @unchecked Sendable {
  // @unchecked: libzmq documents zmq_ctx_* as thread-safe; the pointer itself never changes.
  let raw: UnsafeMutableRawPointer

  /// Creates a context; throws when libzmq cannot.
  public init() throws(ZMQError) {
    guard let raw = zmq_ctx_new() else { throw ZMQError("zmq_ctx_new") }
    self.raw = raw
  }

  /// Terminates the context. Blocks until every socket made from it is closed and its lingering
  /// messages are sent (or their linger time passed). Retried on EINTR.
  public func terminate() {
    while zmq_ctx_term(raw) != 0 && zmq_errno() == EINTR {}
  }
}
