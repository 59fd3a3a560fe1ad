import ExecutionEngine
import Foundation

/// A Jupyter message header: who sent what, when. Kept with the exact JSON it came in, which is
/// what replies and side effects carry back as their `parent_header`.
public struct MessageHeader: Sendable, Equatable {
  /// The protocol version this kernel writes in its headers.
  public static let protocolVersion = "5.3"

  /// Unique id of the message (a UUID).
  public var msgID: String
  /// The message type, e.g. `execute_request`.
  public var msgType: String
  /// The sender's session id.
  public var session: String
  /// The sender's user name.
  public var username: String
  /// ISO 8601 timestamp.
  public var date: String
  /// Protocol version, e.g. `5.3`.
  public var version: String
  /// The header as a JSON object, with any extra fields the sender included.
  public var json: JSONValue

  /// Reads a header from its JSON. `msg_id` and `msg_type` must be strings; the other standard fields
  /// default to empty when a lenient peer leaves them out.
  public init(json: JSONValue) throws(WireError) {
    guard case .object = json else { throw .malformed("header is not an object") }
    guard let id = json["msg_id"]?.stringValue else { throw .malformed("header.msg_id missing or not a string") }
    guard let type = json["msg_type"]?.stringValue else { throw .malformed("header.msg_type missing or not a string") }
    msgID = id
    msgType = type
    session = json["session"]?.stringValue ?? ""
    username = json["username"]?.stringValue ?? ""
    date = json["date"]?.stringValue ?? ""
    version = json["version"]?.stringValue ?? ""
    self.json = json
  }

  /// A fresh header for a message this kernel sends: new UUID, the current UTC time with microseconds.
  public init(msgType: String, session: String, username: String) {
    msgID = UUID().uuidString.lowercased()
    self.msgType = msgType
    self.session = session
    self.username = username
    date = Timestamp.nowISO8601()
    version = Self.protocolVersion
    json = [
      "msg_id": .string(msgID), "msg_type": .string(msgType), "session": .string(session),
      "username": .string(username), "date": .string(date), "version": .string(version),
    ]
  }
}
