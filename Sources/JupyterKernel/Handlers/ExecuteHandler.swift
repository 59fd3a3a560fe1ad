import ExecutionEngine

/// `execute_request`: publishes `execute_input`, runs the cell on the engine (outputs stream to IOPub
/// as the engine emits them), flushes IOPub, then sends `execute_reply`. Runs on the shell thread,
/// one request at a time, in order.
public final class ExecuteHandler {
  /// The last execution count the engine reported (`In[n]`).
  private var executionCount = 0
  private let input: (any InputProvider)?

  /// A handler; `input` answers `input()` when the request allows stdin (nil: never ask).
  public init(input: (any InputProvider)? = nil) {
    self.input = input
  }

  /// The execute_request content, read and type-checked.
  struct Content {
    var code: String
    var silent: Bool
    var storeHistory: Bool
    var allowStdin: Bool
    var stopOnError: Bool
    var userExpressions: [String: String]

    init(_ content: JSONValue) throws(WireError) {
      guard let code = content["code"]?.stringValue else { throw .malformed("execute_request.code missing or not a string") }
      self.code = code
      silent = try Self.flag(content, "silent", default: false)
      storeHistory = silent ? false : try Self.flag(content, "store_history", default: true)
      allowStdin = try Self.flag(content, "allow_stdin", default: true)
      stopOnError = try Self.flag(content, "stop_on_error", default: true)
      userExpressions = [:]
      if let exprs = content["user_expressions"], !exprs.isNull {
        guard let members = exprs.objectValue else { throw .malformed("user_expressions is not an object") }
        for (name, value) in members {
          guard let text = value.stringValue else { throw .malformed("user_expressions[\(name)] is not a string") }
          userExpressions[name] = text
        }
      }
    }

    private static func flag(_ content: JSONValue, _ key: String, default value: Bool) throws(WireError) -> Bool {
      guard let v = content[key], !v.isNull else { return value }
      guard let b = v.boolValue else { throw .malformed("execute_request.\(key) is not a boolean") }
      return b
    }
  }

  /// Runs one cell.
  public func handle(_ context: RequestContext) throws {
    let request = try Content(context.request.content)
    let kernel = context.kernel
    let parent = context.parent
    if !request.silent {
      let predicted = request.storeHistory ? executionCount + 1 : executionCount
      context.publish("execute_input", ["code": .string(request.code), "execution_count": .int(predicted)])
    }
    let silent = request.silent
    let sink = ClosureSink { event in
      if silent, case .executeResult = event { return }
      let (msgType, content) = OutputMessages.message(for: event)
      kernel.publish(msgType, content: content, parent: parent)
    }
    let engineRequest = ExecuteRequest(
      code: request.code, silent: request.silent, storeHistory: request.storeHistory,
      allowStdin: request.allowStdin && input != nil, userExpressions: request.userExpressions)
    let reply = kernel.session.execute(engineRequest, sink: sink, input: input)
    executionCount = reply.executionCount
    if case .error = reply.status, request.stopOnError, !request.silent {
      // Take what was queued while the cell ran before replying, so requests sent after the client
      // saw this reply are not aborted.
      while let frames = context.channel.receiveQueued() { context.outcome.queuedToAbort.append(frames) }
    }
    kernel.publisher.flush(timeout: 5)
    context.reply("execute_reply", Self.replyContent(reply))
  }

  /// Answers a queued execute_request that is not run because an earlier cell failed.
  public func abort(_ context: RequestContext) throws {
    context.reply("execute_reply", [
      "status": "aborted", "execution_count": .int(executionCount), "payload": [], "user_expressions": [:],
    ])
  }

  /// The execute_reply content for the engine's reply.
  static func replyContent(_ reply: ExecuteReply) -> JSONValue {
    var content: [String: JSONValue] = ["execution_count": .int(reply.executionCount)]
    switch reply.status {
    case .ok:
      content["status"] = "ok"
      content["payload"] = .array(reply.pagerPayloads.map { bundle in
        ["source": "page", "data": OutputMessages.data(bundle), "start": 0]
      })
      var exprs: [String: JSONValue] = [:]
      for (name, result) in reply.userExpressions {
        switch result {
        case .value(let bundle):
          exprs[name] = ["status": "ok", "data": OutputMessages.data(bundle), "metadata": bundle.metadata]
        case .error(let report):
          var e = OutputMessages.errorContent(report)
          e["status"] = "error"
          exprs[name] = .object(e)
        }
      }
      content["user_expressions"] = .object(exprs)
    case .error(let report):
      content.merge(OutputMessages.errorContent(report)) { _, new in new }
      content["status"] = "error"
    case .aborted:
      content["status"] = "aborted"
    }
    return .object(content)
  }
}
