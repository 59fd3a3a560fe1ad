import ExecutionEngine

/// One request being handled: the verified message, the kernel, and the channel to answer on.
/// Lives on the channel's thread for the duration of the handler call.
public struct RequestContext {
  /// The request.
  public let request: JupyterMessage
  /// The kernel's shared parts.
  public let kernel: KernelState
  /// The request's channel (shell or control).
  public let channel: any FrameSender
  /// Lets a handler ask the dispatcher to abort the execute requests queued behind this one.
  public let outcome: RequestOutcome

  /// The request header as JSON: the parent header of everything this request causes.
  public var parent: JSONValue { request.header.json }

  /// Sends `msgType` back to the requester on the request's channel, with the request's identities.
  public func reply(_ msgType: String, _ content: JSONValue) {
    let message = kernel.message(msgType, content: content, parent: parent, identities: request.identities)
    channel.send(kernel.codec.encode(message))
  }

  /// Publishes `msgType` on IOPub with this request as parent.
  public func publish(_ msgType: String, _ content: JSONValue) {
    kernel.publish(msgType, content: content, parent: parent)
  }
}
