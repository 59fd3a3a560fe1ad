import ExecutionEngine

/// The connection file a Jupyter client writes for a kernel: where to bind and how to sign.
public struct ConnectionInfo: Sendable, Equatable {
  /// `tcp` or `ipc`.
  public var transport: String
  /// The address to bind (for `ipc`, the path prefix).
  public var ip: String
  /// Ports (for `ipc`, the numeric suffix of each socket path).
  public var shellPort: Int
  public var iopubPort: Int
  public var stdinPort: Int
  public var controlPort: Int
  public var hbPort: Int
  /// The signing key's text; empty disables signing.
  public var key: String
  /// e.g. `hmac-sha256`.
  public var signatureScheme: String
  /// The kernel name the client used, if given.
  public var kernelName: String

  /// Reads a connection file's JSON text. Throws a `ConnectionFileError` naming the first problem.
  public init(json bytes: [UInt8]) throws(ConnectionFileError) {
    let doc: JSONValue
    do {
      doc = try JSONValue.parse(bytes)
    } catch {
      throw ConnectionFileError("not valid JSON: \(error.description)")
    }
    guard case .object = doc else { throw ConnectionFileError("not a JSON object") }
    func port(_ name: String) throws(ConnectionFileError) -> Int {
      guard let p = doc[name]?.intValue else { throw ConnectionFileError("\(name) missing or not an integer") }
      guard (0...65535).contains(p) else { throw ConnectionFileError("\(name) \(p) out of range") }
      return p
    }
    transport = doc["transport"]?.stringValue ?? "tcp"
    guard transport == "tcp" || transport == "ipc" else {
      throw ConnectionFileError("unsupported transport \(transport)")
    }
    ip = doc["ip"]?.stringValue ?? "127.0.0.1"
    shellPort = try port("shell_port")
    iopubPort = try port("iopub_port")
    stdinPort = try port("stdin_port")
    controlPort = try port("control_port")
    hbPort = try port("hb_port")
    key = doc["key"]?.stringValue ?? ""
    signatureScheme = doc["signature_scheme"]?.stringValue ?? "hmac-sha256"
    guard signatureScheme == "hmac-sha256" else {
      throw ConnectionFileError("unsupported signature_scheme \(signatureScheme) (only hmac-sha256)")
    }
    kernelName = doc["kernel_name"]?.stringValue ?? ""
  }

  /// The endpoint for `port`: `tcp://ip:port`, or `ipc://ip-port` as jupyter_client names ipc sockets.
  public func endpoint(port: Int) -> String {
    transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
  }

  /// The signer for this connection's key.
  public var signer: MessageSigner { MessageSigner(key: Array(key.utf8)) }
}
