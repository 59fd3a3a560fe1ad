import ExecutionEngine

/// Runs a Python file as `python FILE ARGS...` would: CPython-style tracebacks without colour,
/// stdout and stderr written straight to the terminal, python's exit code.
public struct ScriptRunner: Sendable {
  /// Where the script's output goes.
  public var terminal: Terminal

  public init(terminal: Terminal) { self.terminal = terminal }

  /// Runs the script whose bytes are `bytes`; returns the process exit code python would give.
  public func run(path: String, bytes: [UInt8], arguments: [String]) -> Int32 {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // python accepts a UTF-8 BOM
    guard let source = String(validating: body, as: UTF8.self) else {
      let line = 1 + body.prefix { $0 < 0x80 }.filter { $0 == 0x0A }.count
      terminal.message(
        "SyntaxError: Non-UTF-8 code in file \(path) on line \(line), but no encoding declared; "
          + "see https://peps.python.org/pep-0263/ for details")
      return 1
    }
    let session = Session(configuration: .init(tracebackStyle: .cpython, colors: false))
    let terminal = self.terminal
    let sink = ClosureSink { event in
      switch event {
      case .stream(let name, let text): terminal.write(name, text)
      case .error(let report): terminal.traceback(report.traceback.isEmpty ? ["\(report.ename): \(report.evalue)"] : report.traceback)
      default: break
      }
    }
    return session.runScript(path: path, source: source, argv: arguments, sink: sink).exitCode
  }
}
