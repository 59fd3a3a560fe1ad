/// The table printed at the end of a run: one row per notebook (name, code cells run/total, status,
/// time), then a totals line.
enum SummaryTable {
  static func render(_ results: [NotebookResult], total: Double) -> String {
    let header = ["notebook", "cells", "status", "time"]
    let rows = results.map { result -> [String] in
      let counts = result.cellCounts
      return [result.path, "\(counts.ran)/\(counts.total)", result.status.rawValue, NotebookResult.seconds(result.duration)]
    }
    var widths = header.map(\.count)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
    }
    func format(_ row: [String]) -> String {
      row.enumerated().map { column, cell in
        let width = column < widths.count ? widths[column] : cell.count
        let padding = String(repeating: " ", count: max(0, width - cell.count))
        // Numbers right-aligned, words left-aligned.
        return column == 1 || column == 3 ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var lines = [format(header)]
    lines.append(format(widths.map { String(repeating: "-", count: $0) }))
    lines += rows.map(format)
    var counts: [String] = []
    for status in [NotebookResult.Status.passed, .updated, .differs, .failed, .unwritten] {
      let n = results.filter { $0.status == status }.count
      if n > 0 || status == .passed { counts.append("\(n) \(status.rawValue)") }
    }
    let noun = results.count == 1 ? "notebook" : "notebooks"
    lines.append("\(results.count) \(noun): \(counts.joined(separator: ", ")) in \(NotebookResult.seconds(total))")
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The text without trailing spaces.
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
