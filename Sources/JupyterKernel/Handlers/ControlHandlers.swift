import ExecutionEngine

/// Requests on the control channel that steer the kernel rather than run code.
public enum ControlHandlers {
  /// `shutdown_request`: reply `{status, restart}` (also broadcast on IOPub, as ipykernel does), then stop.
  public static func shutdown(_ context: RequestContext) {
    let restart = context.request.content["restart"]?.boolValue ?? false
    let content: JSONValue = ["status": "ok", "restart": .bool(restart)]
    context.reply("shutdown_reply", content)
    context.publish("shutdown_reply", content)
    context.kernel.session.interrupt()
    context.kernel.requestStop()
  }

  /// `interrupt_request`: interrupt the running cell (as SIGINT does) and reply `{status: ok}`.
  public static func interrupt(_ context: RequestContext) {
    context.kernel.session.interrupt()
    context.reply("interrupt_reply", ["status": "ok"])
  }
}
