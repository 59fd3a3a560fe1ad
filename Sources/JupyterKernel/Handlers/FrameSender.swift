/// Where replies go: the ROUTER socket of the channel a request came in on (shell or control).
/// Implemented by the transport's `RequestLoop`, and by in-memory fakes in tests.
public protocol FrameSender {
  /// Sends one multipart message.
  func send(_ frames: [[UInt8]])
  /// Takes the next message already queued on the channel, without waiting.
  func receiveQueued() -> [[UInt8]]?
}
