/// A multipart Jupyter message split at its delimiter, bytes untouched: what the signature covers.
///
/// Layout: `[ident...] <IDS|MSG> signature header parent_header metadata content [buffer...]`.
public struct WireFrames: Sendable, Equatable {
  /// The delimiter frame, `<IDS|MSG>`.
  public static let delimiter: [UInt8] = Array("<IDS|MSG>".utf8)

  /// Routing identities before the delimiter (copied back on replies).
  public var identities: [[UInt8]]
  /// The signature frame: lowercase hex HMAC, or empty when signing is off.
  public var signature: [UInt8]
  /// The serialised header.
  public var header: [UInt8]
  /// The serialised parent header.
  public var parentHeader: [UInt8]
  /// The serialised metadata.
  public var metadata: [UInt8]
  /// The serialised content.
  public var content: [UInt8]
  /// Raw binary buffers after the content.
  public var buffers: [[UInt8]]

  /// Assembles frames from their parts.
  public init(identities: [[UInt8]], signature: [UInt8], header: [UInt8], parentHeader: [UInt8],
              metadata: [UInt8], content: [UInt8], buffers: [[UInt8]] = []) {
    self.identities = identities
    self.signature = signature
    self.header = header
    self.parentHeader = parentHeader
    self.metadata = metadata
    self.content = content
    self.buffers = buffers
  }

  /// Splits a received multipart message. Throws for a missing delimiter or too few frames.
  public init(splitting frames: [[UInt8]]) throws(WireError) {
    guard let at = frames.firstIndex(of: Self.delimiter) else { throw .missingDelimiter }
    let rest = frames[(at + 1)...]
    var parts = rest.makeIterator()
    guard let signature = parts.next(), let header = parts.next(), let parentHeader = parts.next(),
      let metadata = parts.next(), let content = parts.next()
    else { throw .tooFewFrames(rest.count) }
    identities = Array(frames[..<at])
    self.signature = signature
    self.header = header
    self.parentHeader = parentHeader
    self.metadata = metadata
    self.content = content
    buffers = Array(IteratorSequence(parts))
  }

  /// The four signed parts, in signing order.
  public var signedParts: [[UInt8]] { [header, parentHeader, metadata, content] }

  /// The frames to send, in wire order.
  public var frames: [[UInt8]] {
    identities + [Self.delimiter, signature, header, parentHeader, metadata, content] + buffers
  }
}
