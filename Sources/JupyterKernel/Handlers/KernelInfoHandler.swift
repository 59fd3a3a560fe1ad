import ExecutionEngine

/// `kernel_info_request` → `kernel_info_reply` (on shell and control).
public enum KernelInfoHandler {
  /// The implementation version reported to clients.
  public static let implementationVersion = "0.1.0"

  /// The reply content: protocol 5.3, Python 3.11 language info so highlighting, nbconvert and papermill work.
  public static var content: JSONValue {
    [
      "status": "ok",
      "protocol_version": .string(MessageHeader.protocolVersion),
      "implementation": "swifttorch",
      "implementation_version": .string(implementationVersion),
      "language_info": [
        "name": "python",
        "version": "3.11",
        "mimetype": "text/x-python",
        "file_extension": ".py",
        "pygments_lexer": "ipython3",
        "codemirror_mode": ["name": "ipython", "version": 3],
        "nbconvert_exporter": "python",
      ],
      "banner": .string("SwiftTorch \(implementationVersion): PyTorch course code (Python 3.11) on a Swift runtime"),
      "help_links": [],
      "debugger": false,
    ]
  }

  /// Sends the reply.
  public static func handle(_ context: RequestContext) {
    context.reply("kernel_info_reply", content)
  }
}
