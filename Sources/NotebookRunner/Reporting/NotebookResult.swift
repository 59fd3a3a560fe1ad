import ExecutionEngine

/// How one notebook of a `swifttorch run` ended, for the summary table, the exit code and JUnit.
public struct NotebookResult: Sendable {
  /// The notebook's overall status.
  public enum Status: String, Sendable {
    /// Every cell ran (and, with `--check`, matched).
    case passed
    /// With `--check --update`: outputs differed and were rewritten.
    case updated
    /// With `--check`: some cell's outputs differ from the stored ones.
    case differs
    /// A cell raised or timed out.
    case failed
    /// The notebook could not be written.
    case unwritten
  }

  /// The notebook as named on the command line (or found below a folder).
  public var path: String
  public var status: Status
  /// Results of its code cells.
  public var cells: [CellResult]
  /// Unified diffs of the cells whose outputs differ, by cell index.
  public var diffs: [Int: String]
  /// When it started and how long it took, in seconds.
  public var started: Timestamp
  public var duration: Double
  /// A one-line description of what went wrong (nil when it passed).
  public var message: String?

  public init(
    path: String, status: Status, cells: [CellResult] = [], diffs: [Int: String] = [:], started: Timestamp = .now(),
    duration: Double = 0, message: String? = nil
  ) {
    self.path = path
    self.status = status
    self.cells = cells
    self.diffs = diffs
    self.started = started
    self.duration = duration
    self.message = message
  }

  /// Whether this notebook makes the run exit 1.
  public var failed: Bool { status == .failed || status == .differs }

  /// `ran/total` code cells.
  public var cellCounts: (ran: Int, total: Int) {
    let ran = cells.filter {
      switch $0.status {
      case .skipped, .notRun: return false
      default: return true
      }
    }.count
    return (ran, cells.count)
  }

  /// `1.23s`: seconds with two decimals.
  public static func seconds(_ value: Double) -> String {
    let hundredths = value.isFinite ? Int((max(0, value) * 100).rounded()) : 0
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)s"
  }
}
