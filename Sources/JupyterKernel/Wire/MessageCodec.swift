import ExecutionEngine
/// Turns frames into verified `JupyterMessage`s and messages into signed frames.
///
/// Decoding checks, in order: size, delimiter, frame count, signature (constant time, over the exact
/// received bytes), replay, then JSON. Anything failing throws a `WireError`; the caller logs and drops.
public struct MessageCodec: Sendable {
  /// The signer (key) of this connection.
  public let signer: MessageSigner
  /// Remembers accepted signatures; nil disables replay detection.
  public let replayGuard: ReplayGuard?
  /// The largest message accepted, all frames together.
  public let maxMessageBytes: Int

  /// A codec for `signer`, rejecting replays seen by `replayGuard`.
  public init(signer: MessageSigner, replayGuard: ReplayGuard? = ReplayGuard(), maxMessageBytes: Int = 64 << 20) {
    self.signer = signer
    self.replayGuard = replayGuard
    self.maxMessageBytes = maxMessageBytes
  }

  /// Verifies and parses one received multipart message.
  public func decode(_ frames: [[UInt8]]) throws(WireError) -> JupyterMessage {
    let total = frames.reduce(0) { $0 + $1.count }
    guard total <= maxMessageBytes else { throw .oversized(total) }
    let wire = try WireFrames(splitting: frames)
    try signer.verify(signature: wire.signature, parts: wire.signedParts)
    if let replayGuard, !replayGuard.admit(wire.signature) { throw .duplicateSignature }
    let header = try MessageHeader(json: Self.object(wire.header, part: "header"))
    return JupyterMessage(
      identities: wire.identities, header: header,
      parentHeader: try Self.object(wire.parentHeader, part: "parent_header"),
      metadata: try Self.object(wire.metadata, part: "metadata"),
      content: try Self.object(wire.content, part: "content"),
      buffers: wire.buffers)
  }

  /// Serialises and signs `message` into frames ready to send.
  public func encode(_ message: JupyterMessage) -> [[UInt8]] {
    let header = message.header.json.compactBytes()
    let parent = message.parentHeader.compactBytes()
    let metadata = message.metadata.compactBytes()
    let content = message.content.compactBytes()
    let signature = signer.signature([header, parent, metadata, content])
    return WireFrames(
      identities: message.identities, signature: signature, header: header, parentHeader: parent,
      metadata: metadata, content: content, buffers: message.buffers
    ).frames
  }

  private static func object(_ bytes: [UInt8], part: String) throws(WireError) -> JSONValue {
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes)
    } catch {
      throw .invalidJSON(part: part, reason: error.description)
    }
    guard case .object = value else { throw .malformed("\(part) is not a JSON object") }
    return value
  }
}
