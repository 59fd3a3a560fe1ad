import ExecutionEngine

/// Turns the engine's output events into IOPub message types and contents.
public enum OutputMessages {
  /// The IOPub message (type, content) for `event`.
  public static func message(for event: OutputEvent) -> (msgType: String, content: JSONValue) {
    switch event {
    case .stream(let name, let text):
      return ("stream", ["name": .string(name.rawValue), "text": .string(text)])
    case .executeResult(let count, let bundle):
      return ("execute_result", ["execution_count": .int(count), "data": data(bundle), "metadata": bundle.metadata])
    case .displayData(let bundle, let id):
      var content: [String: JSONValue] = ["data": data(bundle), "metadata": bundle.metadata]
      if let id { content["transient"] = ["display_id": .string(id)] }
      return ("display_data", .object(content))
    case .updateDisplayData(let bundle, let id):
      return ("update_display_data", [
        "data": data(bundle), "metadata": bundle.metadata, "transient": ["display_id": .string(id)],
      ])
    case .clearOutput(let wait):
      return ("clear_output", ["wait": .bool(wait)])
    case .error(let report):
      return ("error", .object(errorContent(report)))
    }
  }

  /// `{ename, evalue, traceback}` for an error report.
  public static func errorContent(_ report: ErrorReport) -> [String: JSONValue] {
    ["ename": .string(report.ename), "evalue": .string(report.evalue),
     "traceback": .array(report.traceback.map { .string($0) })]
  }

  /// A mime bundle's `data` object: JSON mime types (`application/json`, `*+json`) are sent as JSON
  /// values, everything else as text.
  public static func data(_ bundle: MimeBundle) -> JSONValue {
    var out: [String: JSONValue] = [:]
    for (mime, text) in bundle.data {
      if mime == "application/json" || mime.hasSuffix("+json"), let value = try? JSONValue.parse(text) {
        out[mime] = value
      } else {
        out[mime] = .string(text)
      }
    }
    return .object(out)
  }
}
