import CZeroMQ

/// A ROUTER socket's loop (shell or control): receives requests and hands each, as bytes, to a
/// dispatcher on the same thread; the dispatcher answers through the `FrameSender` this loop gives it.
public final class RequestLoop: FrameSender {
  private let socket: ZMQSocket
  private let channel: String

  /// Binds a ROUTER socket for `channel` to `endpoint`. Messages over 64 MiB are refused by libzmq.
  public init(context: ZMQContext, channel: String, endpoint: String) throws(ZMQError) {
    socket = try ZMQSocket(context: context, type: .router, lingerMs: 1000)
    try socket.setOption(ZMQ_MAXMSGSIZE, Int64(ZMQSocket.defaultMaxMessageBytes))
    try socket.bind(endpoint)
    self.channel = channel
  }

  /// Sends reply frames on this channel.
  public func send(_ frames: [[UInt8]]) {
    do {
      try socket.send(frames)
    } catch {
      KernelLog.log("\(channel): send failed: \(error)")
    }
  }

  /// Takes the next queued message without waiting, if any (used to abort queued cells).
  public func receiveQueued() -> [[UInt8]]? {
    do {
      switch try socket.receive(wait: false) {
      case .frames(let frames): return frames
      case .oversized(let n):
        KernelLog.log("\(channel): dropped a message of \(n) bytes (over the size limit)")
        return nil
      case nil: return nil
      }
    } catch {
      KernelLog.log("\(channel): receive failed: \(error)")
      return nil
    }
  }

  /// Receives and dispatches until `shouldStop()` is true, then closes the socket.
  public func run(shouldStop: () -> Bool, handle: ([[UInt8]], RequestLoop) -> Void) {
    defer { socket.close() }
    while !shouldStop() {
      do {
        guard try ZMQPoller.readable([.socket(socket)], timeoutMs: 200).first == true else { continue }
        switch try socket.receive(wait: false) {
        case .frames(let frames): handle(frames, self)
        case .oversized(let n): KernelLog.log("\(channel): dropped a message of \(n) bytes (over the size limit)")
        case nil: continue
        }
      } catch {
        KernelLog.log("\(channel): \(error)")
        if error.isTerminating { return }
      }
    }
  }
}
