import ExecutionEngine

/// Compares a cell's stored outputs with new ones as nbval does: stream outputs of the same name are
/// merged (with `\r` and backspaces applied), then stream text, `text/plain`, `text/html` and errors'
/// `ename` and `evalue` are compared after sanitizing; execution counts, metadata, tracebacks, other
/// mime types and outputs marked `{"swifttorch": {"shape_trace": true}}` are ignored.
public enum OutputComparison {
  /// The mime types compared.
  static let comparedMimes = ["text/plain", "text/html"]

  /// A unified diff from the stored outputs to the new ones, or nil when they compare equal.
  public static func diff(
    stored: [Output], new: [Output], sanitizer: Sanitizer = Sanitizer(), storedLabel: String = "stored",
    newLabel: String = "new"
  ) -> String? {
    let a = lines(stored, sanitizer: sanitizer)
    let b = lines(new, sanitizer: sanitizer)
    guard a != b else { return nil }
    return UnifiedDiff.make(a, b, fromLabel: storedLabel, toLabel: newLabel)
  }

  /// Whether an output is the engine's shape trace (never compared).
  public static func isShapeTrace(_ output: Output) -> Bool {
    let metadata: [String: JSONValue]
    switch output {
    case .displayData(_, let m), .executeResult(_, _, let m): metadata = m
    default: return false
    }
    return metadata["swifttorch"]?["shape_trace"] == .bool(true)
  }

  /// The compared content of the outputs as lines: one `[kind]` header per compared part, then its text.
  static func lines(_ outputs: [Output], sanitizer: Sanitizer) -> [String] {
    var out: [String] = []
    func add(_ header: String, _ text: String) {
      out.append(header)
      let clean = sanitizer.apply(text)
      var parts = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if clean.hasSuffix("\n") {
        parts.removeLast()
      } else {
        parts.append("\\ no newline at end")
      }
      out += parts.map { "  " + $0 }
    }
    for output in coalesced(outputs.filter { !isShapeTrace($0) }) {
      switch output {
      case .stream(let name, let text):
        add("[\(name)]", text)
      case .displayData(let data, _), .executeResult(_, let data, _):
        for mime in comparedMimes {
          guard let value = data[mime] else { continue }
          add("[\(mime)]", value.stringValue ?? value.description)
        }
      case .error(let ename, let evalue, _):
        out.append("[error]")
        out.append("  ename: " + sanitizer.apply(ename))
        add("  evalue:", evalue)
      }
    }
    return out
  }

  /// nbval's `coalesce_streams`: each stream name's text joined into its first output; then backspaces
  /// cancel the character before them and a `\r` not followed by `\n` erases its line so far.
  static func coalesced(_ outputs: [Output]) -> [Output] {
    var result: [Output] = []
    var firstIndex: [String: Int] = [:]
    var texts: [String: String] = [:]
    for output in outputs {
      if case .stream(let name, let text) = output {
        if firstIndex[name] == nil {
          firstIndex[name] = result.count
          result.append(output)
        }
        texts[name, default: ""] += text
      } else {
        result.append(output)
      }
    }
    for (name, index) in firstIndex where result.indices.contains(index) {
      result[index] = .stream(name: name, text: applyControlCharacters(texts[name] ?? ""))
    }
    return result
  }

  /// Applies backspaces and bare carriage returns the way nbval's patterns do.
  static func applyControlCharacters(_ text: String) -> String {
    guard text.contains("\u{8}") || text.contains("\r") else { return text }
    var lines: [[Character]] = [[]]
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      switch c {
      case "\u{8}":
        if let last = lines[lines.count - 1].last, last != "\n" { lines[lines.count - 1].removeLast() } else {
          lines[lines.count - 1].append(c)
        }
      case "\r":
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if next == nil || next == "\n" {
          lines[lines.count - 1].append(c)
        } else {
          lines[lines.count - 1] = []
        }
      case "\n", "\r\n":
        lines[lines.count - 1].append(c)
        lines.append([])
      default:
        lines[lines.count - 1].append(c)
      }
      i += 1
    }
    return lines.map { String($0) }.joined()
  }
}
