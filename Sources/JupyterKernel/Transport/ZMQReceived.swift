/// What `ZMQSocket.receive` got.
public enum ZMQReceived: Sendable, Equatable {
  /// A whole multipart message.
  case frames([[UInt8]])
  /// A message over the size cap; its bytes were discarded.
  case oversized(bytes: Int)
}
