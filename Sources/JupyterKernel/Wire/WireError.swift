/// Why an inbound message was rejected. Every case means: log to stderr, drop, do not reply.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No `<IDS|MSG>` delimiter frame.
  case missingDelimiter
  /// Fewer than the five frames (signature + four JSON parts) after the delimiter.
  case tooFewFrames(Int)
  /// The message was larger than the cap, in bytes.
  case oversized(Int)
  /// A signing key is set, but the signature frame is empty.
  case unsigned
  /// The signature is not lowercase/uppercase hex of the right length, or does not match.
  case invalidSignature
  /// This exact signature was accepted before (a replayed message).
  case duplicateSignature
  /// One of header, parent_header, metadata, content is not JSON.
  case invalidJSON(part: String, reason: String)
  /// A part is JSON but not an object, or a required header field is missing or of the wrong type.
  case malformed(String)

  public var description: String {
    switch self {
    case .missingDelimiter: "no <IDS|MSG> delimiter"
    case .tooFewFrames(let n): "malformed message: \(n) frames after the delimiter, need 5"
    case .oversized(let n): "message of \(n) bytes is over the size limit"
    case .unsigned: "unsigned message"
    case .invalidSignature: "invalid signature"
    case .duplicateSignature: "duplicate signature (replayed message)"
    case .invalidJSON(let part, let reason): "\(part) is not valid JSON: \(reason)"
    case .malformed(let what): "malformed message: \(what)"
    }
  }
}
