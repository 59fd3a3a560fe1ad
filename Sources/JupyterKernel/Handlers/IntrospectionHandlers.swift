import ExecutionEngine

/// Completion, inspection, `is_complete` and history, answered from the engine session; comm_info
/// answers that there are no comms.
public enum IntrospectionHandlers {
  /// `complete_request`: names in scope, keywords, builtins, and attributes after `obj.`.
  public static func complete(_ context: RequestContext) {
    let code = context.request.content["code"]?.stringValue ?? ""
    let cursor = context.request.content["cursor_pos"]?.intValue ?? code.unicodeScalars.count
    let c = context.kernel.session.complete(code, cursor: cursor)
    let types: [JSONValue] = zip(c.matches, c.types).map { match, type in
      .object(["start": .int(c.cursorStart), "end": .int(c.cursorEnd), "text": .string(match), "type": .string(type)])
    }
    context.reply("complete_reply", [
      "status": "ok", "matches": .array(c.matches.map { .string($0) }), "cursor_start": .int(c.cursorStart),
      "cursor_end": .int(c.cursorEnd), "metadata": .object(["_jupyter_types_experimental": .array(types)]),
    ])
  }

  /// `inspect_request`: signature, docstring and type of the name at the cursor.
  public static func inspect(_ context: RequestContext) {
    let code = context.request.content["code"]?.stringValue ?? ""
    let cursor = context.request.content["cursor_pos"]?.intValue ?? code.unicodeScalars.count
    let detail = context.request.content["detail_level"]?.intValue ?? 0
    guard let bundle = context.kernel.session.inspect(code, cursor: cursor, detail: detail) else {
      context.reply("inspect_reply", ["status": "ok", "found": false, "data": [:], "metadata": [:]])
      return
    }
    context.reply("inspect_reply", [
      "status": "ok", "found": true, "data": .object(bundle.data.mapValues { .string($0) }), "metadata": [:],
    ])
  }

  /// `is_complete_request`: complete, incomplete (with the indent to continue with) or invalid, from the parser.
  public static func isComplete(_ context: RequestContext) {
    let code = context.request.content["code"]?.stringValue ?? ""
    switch context.kernel.session.isComplete(code) {
    case .complete: context.reply("is_complete_reply", ["status": "complete"])
    case .incomplete(let indent): context.reply("is_complete_reply", ["status": "incomplete", "indent": .string(indent)])
    case .invalid: context.reply("is_complete_reply", ["status": "invalid"])
    }
  }

  /// `history_request`: the cells of this session (tail, range and search), as (session, line, input).
  public static func history(_ context: RequestContext) {
    let content = context.request.content
    let kind = content["hist_access_type"]?.stringValue ?? "tail"
    let all = context.kernel.session.history()
    var picked: [HistoryEntry]
    switch kind {
    case "range":
      let start = content["start"]?.intValue ?? 0
      let stop = content["stop"]?.intValue ?? Int.max
      picked = all.filter { $0.count >= start && $0.count < stop }
    case "search":
      let pattern = content["pattern"]?.stringValue ?? "*"
      picked = all.filter { HistoryPattern.matches(pattern, $0.source) }
      if content["unique"]?.boolValue ?? false {
        var seen = Set<String>()
        picked = picked.reversed().filter { seen.insert($0.source).inserted }.reversed()
      }
      if let n = content["n"]?.intValue { picked = Array(picked.suffix(n)) }
    default:
      let n = content["n"]?.intValue ?? 10
      picked = Array(all.suffix(n))
    }
    let session = content["session"]?.intValue ?? 0
    let withOutput = content["output"]?.boolValue ?? false
    let entries: [JSONValue] = picked.map { entry in
      let item: JSONValue = withOutput ? .array([.string(entry.source), entry.output.map { .string($0) } ?? .null]) : .string(entry.source)
      return .array([.int(session), .int(entry.count), item])
    }
    context.reply("history_reply", ["status": "ok", "history": .array(entries)])
  }

  /// `comm_info_request` → no comms.
  public static func commInfo(_ context: RequestContext) {
    context.reply("comm_info_reply", ["status": "ok", "comms": [:]])
  }
}

/// IPython's history search patterns: glob with `*` and `?`, matched against the whole cell.
enum HistoryPattern {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern), t = Array(text)
    // Rolling rows of the DP table: row[j] = pattern prefix matches text prefix of length j.
    var row = [Bool](repeating: false, count: t.count + 1)
    row[0] = true
    for pc in p {
      var next = [Bool](repeating: false, count: t.count + 1)
      if pc == "*" {
        next[0] = row[0]
        for j in 1...max(t.count, 1) where j <= t.count { next[j] = row[j] || next[j - 1] }
      } else {
        for j in 1...max(t.count, 1) where j <= t.count { next[j] = row[j - 1] && (pc == "?" || pc == t[j - 1]) }
      }
      row = next
    }
    return row[t.count]
  }
}
