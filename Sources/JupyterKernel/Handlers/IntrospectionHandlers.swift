import ExecutionEngine

/// Minimal, valid answers to the optional shell requests (completion, inspection, history, comms),
/// so consoles and frontends that send them get a reply instead of waiting.
public enum IntrospectionHandlers {
  /// `complete_request` → no matches, cursor unchanged.
  public static func complete(_ context: RequestContext) {
    let cursor = context.request.content["cursor_pos"]?.intValue ?? 0
    context.reply("complete_reply", [
      "status": "ok", "matches": [], "cursor_start": .int(cursor), "cursor_end": .int(cursor), "metadata": [:],
    ])
  }

  /// `inspect_request` → nothing found.
  public static func inspect(_ context: RequestContext) {
    context.reply("inspect_reply", ["status": "ok", "found": false, "data": [:], "metadata": [:]])
  }

  /// `is_complete_request` → "unknown" (the frontend decides).
  public static func isComplete(_ context: RequestContext) {
    context.reply("is_complete_reply", ["status": "unknown"])
  }

  /// `history_request` → empty history.
  public static func history(_ context: RequestContext) {
    context.reply("history_reply", ["status": "ok", "history": []])
  }

  /// `comm_info_request` → no comms.
  public static func commInfo(_ context: RequestContext) {
    context.reply("comm_info_reply", ["status": "ok", "comms": [:]])
  }
}
