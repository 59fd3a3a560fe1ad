import ExecutionEngine
import Synchronization

/// What every handler may reach, shared by the shell and control threads: the engine session, the
/// kernel's identity, the IOPub publisher and the shutdown switch. Holds no sockets.
public final class KernelState: Sendable {
  /// The Python session cells run in.
  public let session: Session
  /// This kernel process's session id (a fresh UUID per process; clients use it to detect restarts).
  public let sessionID: String
  /// The user name written into headers.
  public let username: String
  /// Signs replies and verifies requests.
  public let codec: MessageCodec
  /// IOPub.
  public let publisher: any MessagePublisher
  private let stopRequested = Atomic<Bool>(false)

  /// Bundles the kernel's shared parts.
  public init(session: Session, sessionID: String, username: String, codec: MessageCodec,
              publisher: any MessagePublisher) {
    self.session = session
    self.sessionID = sessionID
    self.username = username
    self.codec = codec
    self.publisher = publisher
  }

  /// Whether a shutdown was requested.
  public var isStopping: Bool { stopRequested.load(ordering: .acquiring) }

  /// Requests shutdown: every loop ends at its next poll.
  public func requestStop() { stopRequested.store(true, ordering: .releasing) }

  /// A message from this kernel, caused by `parent` (a request header, or `{}`).
  public func message(_ msgType: String, content: JSONValue, parent: JSONValue, identities: [[UInt8]]) -> JupyterMessage {
    JupyterMessage(
      identities: identities, header: MessageHeader(msgType: msgType, session: sessionID, username: username),
      parentHeader: parent, content: content)
  }

  /// Publishes `msgType` on IOPub with `parent` as parent header and the `kernel.<session>.<type>` topic.
  public func publish(_ msgType: String, content: JSONValue, parent: JSONValue) {
    let topic = Array("kernel.\(sessionID).\(msgType)".utf8)
    publisher.publish(message(msgType, content: content, parent: parent, identities: [topic]))
  }

  /// Publishes `status` with `execution_state` busy, idle or starting.
  public func publishStatus(_ state: String, parent: JSONValue) {
    publish("status", content: ["execution_state": .string(state)], parent: parent)
  }
}
