import ExecutionEngine

/// A request handler: runs on the channel's thread; thrown errors are logged at the dispatch boundary.
public typealias RequestHandler = (RequestContext) throws -> Void

/// Decodes a channel's messages and runs the handler for each message type, wrapped in busy/idle
/// (the xeus `dispatch` shape). Bad messages are logged and dropped without an answer; unknown types
/// are logged and ignored; no error escapes.
public final class Dispatcher {
  private let channel: String
  private let kernel: KernelState
  private var table: [String: RequestHandler] = [:]
  /// Answers an execute_request that is aborted because an earlier cell failed (stop_on_error).
  public var abortHandler: RequestHandler?

  /// A dispatcher for `channel` (used in log lines) with an empty table.
  public init(channel: String, kernel: KernelState) {
    self.channel = channel
    self.kernel = kernel
  }

  /// Routes `msgType` to `handler`.
  public func register(_ msgType: String, _ handler: @escaping RequestHandler) {
    table[msgType] = handler
  }

  /// Handles one received multipart message.
  public func handle(_ frames: [[UInt8]], from sender: any FrameSender) {
    guard let message = decode(frames) else { return }
    dispatch(message, from: sender)
    // Fire-and-forget messages (comm_msg etc.) have no handler and no reply.
  }

  private func decode(_ frames: [[UInt8]]) -> JupyterMessage? {
    do {
      return try kernel.codec.decode(frames)
    } catch {
      KernelLog.log("\(channel): dropped message: \(error)")
      return nil
    }
  }

  private func dispatch(_ message: JupyterMessage, from sender: any FrameSender) {
    guard let handler = table[message.msgType] else {
      KernelLog.log("\(channel): ignoring unknown message type \(message.msgType)")
      return
    }
    let outcome = RequestOutcome()
    run(handler, message, sender, outcome)
    abort(outcome.queuedToAbort, from: sender)
  }

  private func run(_ handler: RequestHandler, _ message: JupyterMessage, _ sender: any FrameSender,
                   _ outcome: RequestOutcome) {
    let context = RequestContext(request: message, kernel: kernel, channel: sender, outcome: outcome)
    kernel.publishStatus("busy", parent: context.parent)
    do {
      try handler(context)
    } catch {
      KernelLog.log("\(channel): \(message.msgType) \(message.header.msgID) failed: \(error)")
    }
    kernel.publishStatus("idle", parent: context.parent)
  }

  /// Answers each queued execute_request with an abort; other queued requests run normally.
  private func abort(_ queued: [[[UInt8]]], from sender: any FrameSender) {
    for frames in queued {
      guard let message = decode(frames) else { continue }
      if message.msgType == "execute_request", let abortHandler {
        run(abortHandler, message, sender, RequestOutcome())
      } else {
        dispatch(message, from: sender)
      }
    }
  }
}
