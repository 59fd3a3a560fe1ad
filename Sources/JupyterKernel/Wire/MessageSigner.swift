import Crypto

/// Signs and verifies Jupyter messages with HMAC-SHA256 over the exact frame bytes.
///
/// A value type holding only the key: each call builds its own HMAC state, so one signer may be copied
/// to any thread (a shared HMAC context across threads is a known source of bad signatures).
/// An empty key turns signing off: signatures are empty and every message verifies, as the spec says.
public struct MessageSigner: Sendable {
  private let keyBytes: [UInt8]

  /// A signer for `key`, the raw UTF-8 bytes of the connection file's `key` string (not hex-decoded).
  public init(key: [UInt8]) {
    keyBytes = key
  }

  /// Whether messages are signed and checked (the key is not empty).
  public var isEnabled: Bool { !keyBytes.isEmpty }

  /// The HMAC key, built per call (swift-crypto's SymmetricKey is not Sendable); nil when signing is off.
  private var key: SymmetricKey? { keyBytes.isEmpty ? nil : SymmetricKey(data: keyBytes) }

  /// The raw HMAC-SHA256 of the concatenated parts; empty when signing is off.
  public func mac(_ parts: [[UInt8]]) -> [UInt8] {
    guard let key else { return [] }
    var hmac = HMAC<SHA256>(key: key)
    for part in parts { hmac.update(data: part) }
    return Array(hmac.finalize())
  }

  /// The signature frame for `parts`: lowercase hex HMAC, or empty when signing is off.
  public func signature(_ parts: [[UInt8]]) -> [UInt8] {
    Hex.encode(mac(parts))
  }

  /// Checks `signature` (hex, either case) against `parts` in constant time.
  /// Throws `.unsigned` for an empty signature and `.invalidSignature` for a wrong or non-hex one.
  /// With signing off every message passes.
  public func verify(signature: [UInt8], parts: [[UInt8]]) throws(WireError) {
    guard let key else { return }
    guard !signature.isEmpty else { throw .unsigned }
    guard let expected = Hex.decode(signature), expected.count == SHA256.byteCount else {
      throw .invalidSignature
    }
    var data: [UInt8] = []
    data.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { data.append(contentsOf: part) }
    // swift-crypto compares the codes in constant time.
    guard HMAC<SHA256>.isValidAuthenticationCode(expected, authenticating: data, using: key) else {
      throw .invalidSignature
    }
  }
}
