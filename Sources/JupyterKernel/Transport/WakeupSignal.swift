#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor that becomes readable when another thread calls `signal()`: lets a thread that
/// waits in `zmq_poll` on its own sockets also wake up for work queued by other threads (a self-pipe).
public final class WakeupSignal: Sendable {
  /// The read end, for `ZMQPoller.Item.fileDescriptor`.
  public let fd: Int32
  private let writeEnd: Int32

  /// Creates a non-blocking pipe; throws when the system cannot.
  public init() throws(ZMQError) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0, let r = ends.first, let w = ends.last else { throw ZMQError("pipe", code: errno) }
    for end in [r, w] {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    fd = r
    writeEnd = w
  }

  deinit {
    close(fd)
    close(writeEnd)
  }

  /// Makes `fd` readable (safe from any thread; a full pipe is already readable).
  public func signal() {
    var one: UInt8 = 1
    while write(writeEnd, &one, 1) < 0 && errno == EINTR {}
  }

  /// Consumes pending signals so `fd` is no longer readable.
  public func reset() {
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let n = read(fd, &buffer, buffer.count)
      if n > 0 { continue }
      if n < 0 && errno == EINTR { continue }
      return
    }
  }
}
