import CZeroMQ

/// Waits until one of a thread's sockets (or plain file descriptors) is readable.
/// Built per call from sockets owned by the calling thread; retried on EINTR.
public enum ZMQPoller {
  /// Something to wait on: a socket of this thread, or a file descriptor (e.g. an eventfd).
  public enum Item {
    case socket(ZMQSocket)
    case fileDescriptor(Int32)
  }

  /// Returns, for each item, whether it is readable. Waits at most `timeoutMs` (-1: forever).
  public static func readable(_ items: [Item], timeoutMs: Int) throws(ZMQError) -> [Bool] {
    var raw = items.map { item -> zmq_pollitem_t in
      switch item {
      case .socket(let s): zmq_pollitem_t(socket: s.raw, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
      case .fileDescriptor(let fd): zmq_pollitem_t(socket: nil, fd: fd, events: Int16(ZMQ_POLLIN), revents: 0)
      }
    }
    while true {
      let rc = raw.withUnsafeMutableBufferPointer { buf in
        zmq_poll(buf.baseAddress, Int32(buf.count), timeoutMs)
      }
      if rc >= 0 { break }
      let code = zmq_errno()
      if code != EINTR { throw ZMQError("zmq_poll", code: code) }
    }
    return raw.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
  }
}
