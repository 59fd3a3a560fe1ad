import ExecutionEngine
/// One Jupyter message as values: routing identities, header, parent header, metadata, content, buffers.
/// Built by `MessageCodec.decode` from verified frames, or by the kernel for replies and IOPub messages.
public struct JupyterMessage: Sendable, Equatable {
  /// ROUTER identities (for replies: the request's, copied back) or the IOPub topic.
  public var identities: [[UInt8]]
  /// This message's header.
  public var header: MessageHeader
  /// The header of the request that caused this message, or `{}`.
  public var parentHeader: JSONValue
  /// Message metadata (an object).
  public var metadata: JSONValue
  /// Message content (an object).
  public var content: JSONValue
  /// Raw binary buffers (comms only).
  public var buffers: [[UInt8]]

  /// Assembles a message from its parts.
  public init(identities: [[UInt8]], header: MessageHeader, parentHeader: JSONValue = .object([:]),
              metadata: JSONValue = .object([:]), content: JSONValue, buffers: [[UInt8]] = []) {
    self.identities = identities
    self.header = header
    self.parentHeader = parentHeader
    self.metadata = metadata
    self.content = content
    self.buffers = buffers
  }

  /// The message type (from the header).
  public var msgType: String { header.msgType }
}
