import ExecutionEngine
import Testing
@testable import JupyterKernel

/// Decoding received frames: every malformed input is a typed WireError, never a crash.
struct FrameParsingTests {
  static let key = Array("secret-key".utf8)
  let codec = MessageCodec(signer: MessageSigner(key: FrameParsingTests.key))

  static func frames(header: String = #"{"msg_id":"m1","msg_type":"kernel_info_request","session":"s","username":"u","date":"2026-01-01T00:00:00.000000Z","version":"5.3"}"#,
                     parent: String = "{}", metadata: String = "{}", content: String = "{}",
                     key: [UInt8] = FrameParsingTests.key, identities: [[UInt8]] = [[1, 2, 3]]) -> [[UInt8]] {
    let parts = [header, parent, metadata, content].map { Array($0.utf8) }
    let sig = MessageSigner(key: key).signature(parts)
    return identities + [WireFrames.delimiter, sig] + parts
  }

  @Test func validMessageDecodes() throws {
    let message = try codec.decode(Self.frames(content: #"{"code":"1+1"}"#))
    #expect(message.identities == [[1, 2, 3]])
    #expect(message.header.msgID == "m1")
    #expect(message.msgType == "kernel_info_request")
    #expect(message.content["code"]?.stringValue == "1+1")
    #expect(message.parentHeader == .object([:]))
  }

  @Test func missingDelimiter() {
    var f = Self.frames()
    f.remove(at: 1)
    #expect(throws: WireError.missingDelimiter) { try codec.decode(f) }
    #expect(throws: WireError.missingDelimiter) { try codec.decode([]) }
  }

  @Test func tooFewFrames() {
    let f = Array(Self.frames().dropLast(2))
    #expect(throws: WireError.tooFewFrames(3)) { try codec.decode(f) }
  }

  @Test func oversized() {
    let small = MessageCodec(signer: MessageSigner(key: Self.key), maxMessageBytes: 100)
    #expect(throws: WireError.oversized(300)) { try small.decode([Array(repeating: 0, count: 300)]) }
  }

  @Test func unsignedAndForged() {
    var f = Self.frames()
    f[2] = []
    #expect(throws: WireError.unsigned) { try codec.decode(f) }
    #expect(throws: WireError.invalidSignature) { try codec.decode(Self.frames(key: Array("other".utf8))) }
  }

  @Test func replayIsDropped() throws {
    let f = Self.frames()
    _ = try codec.decode(f)
    #expect(throws: WireError.duplicateSignature) { try codec.decode(f) }
  }

  @Test func badJSONAndWrongShapes() {
    #expect(throws: WireError.self) { try codec.decode(Self.frames(header: "{not json")) }
    #expect(throws: WireError.self) { try codec.decode(Self.frames(content: "[1,2]")) }
    #expect(throws: WireError.self) { try codec.decode(Self.frames(parent: "\"x\"")) }
    #expect(throws: WireError.self) { try codec.decode(Self.frames(header: #"{"msg_type":"x"}"#)) }
    #expect(throws: WireError.self) { try codec.decode(Self.frames(header: #"{"msg_id":1,"msg_type":"x"}"#)) }
    #expect(throws: WireError.self) { try codec.decode(Self.frames(content: "{\"a\":\"\u{FF}")) }
    let invalidUTF8: [[UInt8]] = {
      var f = Self.frames()
      let parts: [[UInt8]] = [f[3], f[4], f[5], [0x7b, 0xff, 0x7d]]
      f[6] = parts[3]
      f[2] = MessageSigner(key: Self.key).signature(parts)
      return f
    }()
    #expect(throws: WireError.self) { try codec.decode(invalidUTF8) }
  }

  @Test func encodeThenDecodeRoundTrips() throws {
    let header = MessageHeader(msgType: "status", session: "abc", username: "k")
    let message = JupyterMessage(identities: [Array("topic".utf8)], header: header,
                                 parentHeader: ["msg_id": "p"], content: ["execution_state": "idle"])
    let decoded = try codec.decode(codec.encode(message))
    #expect(decoded == message)
    #expect(header.version == "5.3")
  }

  @Test func emptyKeyAcceptsUnsigned() throws {
    let open = MessageCodec(signer: MessageSigner(key: []))
    let message = try open.decode(Self.frames(key: []))
    #expect(message.header.msgID == "m1")
    _ = try open.decode(Self.frames(key: []))  // empty signatures are not replays
  }

  @Test func timestampFormat() {
    #expect(Timestamp.iso8601(seconds: 0, microseconds: 5) == "1970-01-01T00:00:00.000005Z")
    #expect(Timestamp.iso8601(seconds: 1_700_000_000, microseconds: 123_456) == "2023-11-14T22:13:20.123456Z")
    let now = Timestamp.nowISO8601()
    #expect(now.utf8.count == 27 && now.hasSuffix("Z"))
  }
}
