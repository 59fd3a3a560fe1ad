import ExecutionEngine
import Synchronization

/// What one notebook prints (progress lines, echoed streams, diffs, tracebacks). Live logs write through
/// at once; buffered logs keep everything until `flush`, so that notebooks running in parallel print
/// their output each in one piece.
final class NotebookLog: Sendable {
  /// Serialises flushes of different notebooks.
  private static let printing = Mutex(())

  private let terminal: Terminal
  private let live: Bool
  private let pending = Mutex<[(StreamName, String)]>([])

  init(terminal: Terminal, live: Bool) {
    self.terminal = terminal
    self.live = live
  }

  /// Writes text to stdout or stderr (now, or at `flush`).
  func write(_ stream: StreamName, _ text: String) {
    guard !text.isEmpty else { return }
    if live {
      NotebookLog.printing.withLock { _ in terminal.write(stream, text) }
    } else {
      pending.withLock { $0.append((stream, text)) }
    }
  }

  /// A line on stdout.
  func line(_ text: String) { write(.stdout, text + "\n") }

  /// A message line on stderr.
  func message(_ text: String) { write(.stderr, text + "\n") }

  /// A traceback on stderr (colours removed when the terminal strips them).
  func traceback(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    let text = lines.joined(separator: "\n") + "\n"
    write(.stderr, terminal.stripsColors ? Terminal.removingANSI(text) : text)
  }

  /// Prints everything buffered, in one piece.
  func flush() {
    let chunks = pending.withLock { chunks in
      defer { chunks = [] }
      return chunks
    }
    guard !chunks.isEmpty else { return }
    NotebookLog.printing.withLock { _ in
      for (stream, text) in chunks { terminal.write(stream, text) }
    }
  }
}
