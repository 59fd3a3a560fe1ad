import Testing
@testable import JupyterKernel

/// HMAC-SHA256 signing: RFC 4231 vectors and a vector made by jupyter_client's Session.
struct SigningTests {
  static let rfc4231: [(key: [UInt8], data: [UInt8], mac: String)] = [
    (Array(repeating: 0x0b, count: 20), Array("Hi There".utf8),
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    (Array(repeating: 0xaa, count: 20), Array(repeating: 0xdd, count: 50),
     "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    (Array(1...25), Array(repeating: 0xcd, count: 50),
     "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    (Array(repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    (Array(repeating: 0xaa, count: 131),
     Array(("This is a test using a larger than block-size key and a larger than block-size data. "
       + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
     "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]

  @Test func rfc4231Vectors() {
    for (i, v) in Self.rfc4231.enumerated() {
      let signer = MessageSigner(key: v.key)
      #expect(Hex.string(signer.mac([v.data])) == v.mac, "RFC 4231 case \(i)")
      // Split input must give the same MAC as one buffer (parts are concatenated).
      let half = v.data.count / 2
      #expect(Hex.string(signer.mac([Array(v.data[..<half]), Array(v.data[half...])])) == v.mac)
    }
  }

  /// Made with jupyter_client 8.10 `Session(key=...).sign([header, parent, metadata, content])`.
  static let pythonKey = Array("a0436f6c-1916-498b-8eb9-e81ab9368e84".utf8)
  static let pythonParts: [[UInt8]] = [
    Array(#"{"msg_id": "f1e2d3c4_14107_0", "msg_type": "execute_request", "username": "alice", "session": "f1e2d3c4", "date": "2026-11-27T03:51:19.777484Z", "version": "5.4"}"#.utf8),
    Array("{}".utf8),
    Array("{}".utf8),
    Array(#"{"code": "print(\"héllo\")", "silent": false}"#.utf8),
  ]
  static let pythonSignature = "1bebc84feb8343941b057e5862feeec7f90e2231094301ce18ed8eb7147e873a"

  @Test func jupyterClientVector() throws {
    let signer = MessageSigner(key: Self.pythonKey)
    #expect(String(decoding: signer.signature(Self.pythonParts), as: UTF8.self) == Self.pythonSignature)
    try signer.verify(signature: Array(Self.pythonSignature.utf8), parts: Self.pythonParts)
    try signer.verify(signature: Array(Self.pythonSignature.uppercased().utf8), parts: Self.pythonParts)
  }

  @Test func verifyRejectsForgedUnsignedAndGarbage() {
    let signer = MessageSigner(key: Self.pythonKey)
    var forged = Array(Self.pythonSignature.utf8)
    forged[0] = UInt8(ascii: "0")
    #expect(throws: WireError.invalidSignature) { try signer.verify(signature: forged, parts: Self.pythonParts) }
    #expect(throws: WireError.unsigned) { try signer.verify(signature: [], parts: Self.pythonParts) }
    #expect(throws: WireError.invalidSignature) { try signer.verify(signature: Array("zz".utf8), parts: Self.pythonParts) }
    #expect(throws: WireError.invalidSignature) { try signer.verify(signature: Array("abc".utf8), parts: Self.pythonParts) }
    var tampered = Self.pythonParts
    tampered[3] = Array(#"{"code": "import os"}"#.utf8)
    #expect(throws: WireError.invalidSignature) {
      try signer.verify(signature: Array(Self.pythonSignature.utf8), parts: tampered)
    }
  }

  @Test func emptyKeyDisablesSigning() throws {
    let signer = MessageSigner(key: [])
    #expect(!signer.isEnabled)
    #expect(signer.signature(Self.pythonParts).isEmpty)
    try signer.verify(signature: [], parts: Self.pythonParts)
    try signer.verify(signature: Array("whatever".utf8), parts: Self.pythonParts)
  }

  @Test func replayGuardRejectsRepeatsAndForgetsOldest() {
    let guardian = ReplayGuard(capacity: 2)
    #expect(guardian.admit(Array("a".utf8)))
    #expect(!guardian.admit(Array("a".utf8)))
    #expect(guardian.admit(Array("b".utf8)))
    #expect(guardian.admit(Array("c".utf8)))  // evicts "a"
    #expect(guardian.admit(Array("a".utf8)))
    #expect(!guardian.admit(Array("c".utf8)))
    #expect(guardian.admit([]))
    #expect(guardian.admit([]))
  }

  @Test func hexRoundTrip() {
    #expect(Hex.string([0x00, 0xff, 0x10]) == "00ff10")
    #expect(Hex.decode(Array("00FF10".utf8)) == [0x00, 0xff, 0x10])
    #expect(Hex.decode(Array("0g".utf8)) == nil)
  }
}
