import ExecutionEngine
import Synchronization
import Testing
@testable import JupyterKernel

/// Handlers driven without sockets (xeus's mock-server idea): frames in, replies and IOPub out.
struct DispatcherTests {
  final class FakeChannel: FrameSender {
    var sent: [[[UInt8]]] = []
    var queued: [[[UInt8]]] = []
    func send(_ frames: [[UInt8]]) { sent.append(frames) }
    func receiveQueued() -> [[UInt8]]? { queued.isEmpty ? nil : queued.removeFirst() }
  }

  final class CollectingPublisher: MessagePublisher {
    private let messages = Mutex<[JupyterMessage]>([])
    func publish(_ message: JupyterMessage) { messages.withLock { $0.append(message) } }
    func flush(timeout: Double) {}
    var all: [JupyterMessage] { messages.withLock { $0 } }
  }

  static let key = Array("k".utf8)
  let publisher = CollectingPublisher()
  let codec = MessageCodec(signer: MessageSigner(key: DispatcherTests.key))
  let kernel: KernelState
  let channel = FakeChannel()

  init() {
    kernel = KernelState(session: Session(), sessionID: "kernel-session", username: "k", codec: codec,
                         publisher: publisher)
  }

  func request(_ type: String, _ content: JSONValue, id: String) throws -> [[UInt8]] {
    let header: JSONValue = [
      "msg_id": .string(id), "msg_type": .string(type), "session": "client", "username": "u",
      "date": "2026-01-01T00:00:00.000000Z", "version": "5.3",
    ]
    let message = JupyterMessage(identities: [Array("client-id".utf8)], header: try MessageHeader(json: header),
                                 content: content)
    return codec.encode(message)
  }

  func replies() throws -> [JupyterMessage] {
    try channel.sent.map { try MessageCodec(signer: MessageSigner(key: Self.key), replayGuard: nil).decode($0) }
  }

  @Test func kernelInfoHasBusyReplyIdleWithParent() throws {
    let d = KernelServer.shellDispatcher(kernel)
    d.handle(try request("kernel_info_request", [:], id: "ki-1"), from: channel)
    let reply = try #require(try replies().first)
    #expect(reply.msgType == "kernel_info_reply")
    #expect(reply.identities == [Array("client-id".utf8)])
    #expect(reply.parentHeader["msg_id"]?.stringValue == "ki-1")
    #expect(reply.content["protocol_version"]?.stringValue == "5.3")
    #expect(reply.content["language_info"]?["name"]?.stringValue == "python")
    #expect(reply.content["language_info"]?["codemirror_mode"]?["version"]?.intValue == 3)
    let iopub = publisher.all
    #expect(iopub.map(\.msgType) == ["status", "status"])
    #expect(iopub.map { $0.content["execution_state"]?.stringValue } == ["busy", "idle"])
    #expect(iopub.allSatisfy { $0.parentHeader["msg_id"]?.stringValue == "ki-1" })
    #expect(iopub.allSatisfy { $0.header.session == "kernel-session" && $0.header.version == "5.3" })
  }

  @Test func executeOrdersBusyInputOutputsReplyIdle() throws {
    let d = KernelServer.shellDispatcher(kernel)
    d.handle(try request("execute_request", ["code": "print('hi')", "silent": false], id: "ex-1"), from: channel)
    let reply = try #require(try replies().first)
    #expect(reply.msgType == "execute_reply")
    #expect(reply.parentHeader["msg_id"]?.stringValue == "ex-1")
    #expect(reply.content["execution_count"]?.intValue != nil)
    let types = publisher.all.map(\.msgType)
    #expect(types.first == "status" && types.last == "status")
    #expect(types.dropFirst().first == "execute_input")
    #expect(publisher.all.allSatisfy { $0.parentHeader["msg_id"]?.stringValue == "ex-1" })
  }

  @Test func badMessagesGetNoAnswer() throws {
    let d = KernelServer.shellDispatcher(kernel)
    var forged = try request("kernel_info_request", [:], id: "f-1")
    forged[2] = Array(repeating: UInt8(ascii: "0"), count: 64)
    d.handle(forged, from: channel)
    d.handle([[1], [2]], from: channel)
    d.handle(try request("no_such_request", [:], id: "u-1"), from: channel)
    d.handle(try request("execute_request", ["code": 5], id: "bad-content"), from: channel)
    #expect(channel.sent.isEmpty)
    // Bad content was authenticated, so it is acknowledged with busy/idle but never answered.
    #expect(publisher.all.allSatisfy { $0.parentHeader["msg_id"]?.stringValue == "bad-content" })
  }

  @Test func errorAbortsQueuedExecutes() throws {
    let d = KernelServer.shellDispatcher(kernel)
    channel.queued = [try request("execute_request", ["code": "1"], id: "queued-1")]
    d.handle(try request("execute_request", ["code": "raise ValueError('x')"], id: "ex-err"), from: channel)
    let all = try replies()
    guard all.first?.content["status"]?.stringValue == "error" else { return }  // engine said ok: nothing to abort
    #expect(all.count == 2)
    #expect(all.last?.parentHeader["msg_id"]?.stringValue == "queued-1")
    #expect(all.last?.content["status"]?.stringValue == "aborted")
  }
}
