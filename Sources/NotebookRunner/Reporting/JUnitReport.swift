import ExecutionEngine

/// A JUnit XML report of a run (the layout pytest and Jenkins use): one `<testsuite>`, one `<testcase>`
/// per notebook, and with `perCell` one more per code cell. Failures carry the traceback or the diff.
/// Text is escaped and characters XML 1.0 forbids (ANSI escapes, other control characters) are dropped.
public struct JUnitReport: Sendable {
  /// The notebooks' results, in run order.
  public var results: [NotebookResult]
  /// Add a test case per code cell.
  public var perCell: Bool
  /// When the run started and how long it took.
  public var started: Timestamp
  public var duration: Double

  public init(results: [NotebookResult], perCell: Bool, started: Timestamp, duration: Double) {
    self.results = results
    self.perCell = perCell
    self.started = started
    self.duration = duration
  }

  /// One test case: its name, class, time and what went wrong.
  private struct Case {
    var name: String
    var classname: String
    var file: String
    var time: Double
    var failure: (message: String, type: String, text: String)?
    var skipped: String?
  }

  /// The XML document.
  public var xml: String {
    var cases: [Case] = []
    for result in results {
      let classname = Self.className(result.path)
      cases.append(
        Case(
          name: result.path, classname: classname, file: result.path, time: result.duration,
          failure: notebookFailure(result), skipped: nil))
      guard perCell else { continue }
      for cell in result.cells {
        var entry = Case(name: "\(result.path)::cell \(cell.index + 1)", classname: classname, file: result.path, time: cell.duration)
        switch cell.status {
        case .skipped(let tag): entry.skipped = "tagged \(tag)"
        case .notRun: entry.skipped = "not run: an earlier cell failed"
        case .error(let report), .timedOut(let report):
          entry.failure = ("\(report.ename): \(Self.firstLine(report.evalue))", report.ename, Self.tracebackText(report.traceback, report))
        default: break
        }
        if let diff = result.diffs[cell.index], entry.failure == nil {
          entry.failure = ("outputs differ from the stored ones", "OutputMismatch", diff)
        }
        cases.append(entry)
      }
    }
    let failures = cases.filter { $0.failure != nil }.count
    let skipped = cases.filter { $0.skipped != nil }.count
    let time = Self.time(duration)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"swifttorch run\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(time)\">\n"
    out += "  <testsuite name=\"swifttorch run\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    out += " time=\"\(time)\" timestamp=\"\(started.iso8601Seconds)\">\n"
    for entry in cases {
      out += "    <testcase classname=\"\(Self.escape(entry.classname))\" name=\"\(Self.escape(entry.name))\""
      out += " file=\"\(Self.escape(entry.file))\" time=\"\(Self.time(entry.time))\""
      if let failure = entry.failure {
        out += ">\n      <failure message=\"\(Self.escape(failure.message))\" type=\"\(Self.escape(failure.type))\">"
        out += Self.escape(failure.text) + "</failure>\n    </testcase>\n"
      } else if let reason = entry.skipped {
        out += ">\n      <skipped message=\"\(Self.escape(reason))\"/>\n    </testcase>\n"
      } else {
        out += "/>\n"
      }
    }
    out += "  </testsuite>\n</testsuites>\n"
    return out
  }

  private func notebookFailure(_ result: NotebookResult) -> (message: String, type: String, text: String)? {
    switch result.status {
    case .passed, .updated: return nil
    case .failed:
      if let cell = result.cells.first(where: \.failed), let report = cell.report {
        return (result.message ?? "cell \(cell.index + 1) raised \(report.ename)", report.ename, Self.tracebackText(report.traceback, report))
      }
      return (result.message ?? "failed", "Failure", result.message ?? "")
    case .differs:
      let text = result.diffs.keys.sorted().compactMap { index in result.diffs[index].map { "cell \(index + 1):\n\($0)" } }
      return (result.message ?? "outputs differ", "OutputMismatch", text.joined(separator: "\n"))
    case .unwritten:
      return (result.message ?? "could not be written", "WriteError", result.message ?? "")
    }
  }

  /// `notebooks/lec12_1.ipynb` → `notebooks.lec12_1`.
  static func className(_ path: String) -> String {
    var name = Substring(path)
    if name.hasSuffix(".ipynb") { name = name.dropLast(6) }
    while name.hasPrefix("./") { name = name.dropFirst(2) }
    return String(name).replacingAll("/", with: ".")
  }

  private static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
  }

  private static func tracebackText(_ lines: [String], _ report: ErrorReport) -> String {
    lines.isEmpty ? "\(report.ename): \(report.evalue)" : Terminal.removingANSI(lines.joined(separator: "\n"))
  }

  /// Seconds with three decimals.
  static func time(_ seconds: Double) -> String {
    let millis = seconds.isFinite ? Int((max(0, seconds) * 1000).rounded()) : 0
    let fraction = String(millis % 1000)
    return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// XML text with `& < > " '` escaped and characters XML 1.0 does not allow removed.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in Terminal.removingANSI(text).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        if v >= 0x20 && v != 0xFFFE && v != 0xFFFF && !(0x7F...0x9F).contains(v) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
