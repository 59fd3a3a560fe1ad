import Foundation
import PythonRuntime
import TorchPython

/// The state of one session that lives on the session thread: the interpreter, the execution count,
/// the history and where the running cell's output goes.
final class EngineCore {
  let interp: Interpreter
  var executionCount = 0
  /// Cell sources by execution count (`In`).
  var history: [Int: String] = [:]
  /// The text/plain of each cell's result (`Out`).
  var outputs: [Int: String] = [:]
  var sink: (any OutputSink)?
  private var input: (any InputProvider)?
  private var allowStdin = false
  let stream = StreamBuffer()
  let configuration: SessionConfiguration
  /// Type raised by `input()` when the frontend cannot answer (as ipykernel's).
  let stdinNotImplemented: PyType

  init(configuration: SessionConfiguration, interrupt: InterruptFlag) {
    self.configuration = configuration
    let stream = self.stream
    var budget = configuration.memoryBudget ?? EngineCore.defaultMemoryBudget()
    if let env = ProcessInfo.processInfo.environment["SWIFTTORCH_MEMORY_LIMIT"], let n = Int(env), configuration.memoryBudget == nil { budget = n }
    let io = InterpreterIO(writeStdout: { stream.write(.stdout, $0) }, writeStderr: { stream.write(.stderr, $0) })
    interp = Interpreter(io: io, interrupt: interrupt, memoryBudget: budget)
    stdinNotImplemented = PyType(name: "StdinNotImplementedError", module: "IPython.core.error", bases: [interp.types.notImplementedError])
    TorchPython.install(into: interp)
    stream.onFlush = { [unowned self] name, text in self.sink?.emit(.stream(name, text)) }
    interp.io.readLine = { [unowned self] prompt, password in try self.readLine(prompt, password) }
    installDisplayModule()
  }

  /// 75% of physical memory, as the Python runtime issue asks.
  static func defaultMemoryBudget() -> Int {
    Int(Double(ProcessInfo.processInfo.physicalMemory) * 0.75)
  }

  private func readLine(_ prompt: String, _ password: Bool) throws -> String {
    stream.flush()
    guard allowStdin, let input else {
      throw interp.error(stdinNotImplemented, "raw_input was called, but this frontend does not support input requests.")
    }
    do {
      return try input.readLine(prompt: prompt, password: password)
    } catch is InputInterrupted {
      throw interp.error(interp.types.keyboardInterrupt, nil)
    }
  }

  // MARK: - Cells

  func execute(_ request: ExecuteRequest, sink: any OutputSink, input: (any InputProvider)?) -> ExecuteReply {
    self.sink = sink
    self.input = input
    self.allowStdin = request.allowStdin
    defer {
      stream.flush()
      self.sink = nil
      self.input = nil
    }
    let counts = request.storeHistory && !request.silent
    if counts { executionCount += 1 }
    let count = max(executionCount, 1)
    let filename = "<cell-\(count)>"
    if counts { history[count] = request.code }
    let silent = request.silent
    var status = ExecuteStatus.ok
    do {
      try interp.runCell(request.code, filename: filename) { [unowned self] value in
        guard !silent, !value.isNone else { return }
        self.interp.builtins["_"] = value
        let bundle = try self.mimeBundle(value)
        if counts { self.outputs[count] = bundle.data["text/plain"] }
        self.stream.flush()
        sink.emit(.executeResult(executionCount: count, bundle))
      }
    } catch {
      let report = errorReport(error)
      stream.flush()
      sink.emit(.error(report))
      status = .error(report)
    }
    stream.flush()
    var userExpressions: [String: UserExpressionResult] = [:]
    for (name, expr) in request.userExpressions {
      do {
        userExpressions[name] = .value(try mimeBundle(try interp.evaluate(expr)))
      } catch {
        userExpressions[name] = .error(errorReport(error))
      }
    }
    return ExecuteReply(status: status, executionCount: count, userExpressions: userExpressions)
  }

  /// The mime bundle of a value: `text/plain` is its repr; `_repr_html_` and friends add more.
  func mimeBundle(_ value: Value) throws -> MimeBundle {
    var data = ["text/plain": try interp.repr(value)]
    for (method, mime) in [("_repr_html_", "text/html"), ("_repr_markdown_", "text/markdown"), ("_repr_svg_", "image/svg+xml"), ("_repr_latex_", "text/latex")] {
      if case .object(let o) = value, o.type.lookup(method) != nil {
        let r = try interp.callMethod(value, method)
        if case .str(let s) = r { data[mime] = s.value }
      }
    }
    return MimeBundle(data: data)
  }

  /// Turns a thrown error into what the frontend shows.
  func errorReport(_ error: Error) -> ErrorReport {
    guard let e = error as? PyError else {
      return ErrorReport(ename: "SystemError", evalue: "\(error)", traceback: ["SystemError: \(error)"])
    }
    let exc = e.exception
    let ename = exc.type.name
    let evalue = interp.exceptionMessage(exc)
    switch configuration.tracebackStyle {
    case .cpython:
      let text = interp.formatCPythonTraceback(exc)
      return ErrorReport(ename: ename, evalue: evalue, traceback: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    case .ipython:
      let tb = interp.formatIPythonTraceback(exc, colors: configuration.colors) { filename in
        guard filename.hasPrefix("<cell-"), filename.hasSuffix(">") else { return nil }
        return "Cell In[\(filename.dropFirst(6).dropLast())]"
      }
      return ErrorReport(ename: ename, evalue: evalue, traceback: tb)
    }
  }

  // MARK: - Scripts

  func runScript(path: String, source: String, argv: [String], sink: any OutputSink) -> ScriptResult {
    self.sink = sink
    defer {
      stream.flush()
      self.sink = nil
    }
    let code = interp.runScript(path: path, source: source, argv: argv)
    return ScriptResult(exitCode: code)
  }
}

/// Coalesces writes to stdout/stderr into stream events: flushed when the stream changes, after
/// about 50 ms, past 64 KiB, and at the end of every cell (as ipykernel batches).
final class StreamBuffer {
  private var name: StreamName = .stdout
  private var text = ""
  private var started: UInt64 = 0
  var onFlush: ((StreamName, String) -> Void)?

  func write(_ stream: StreamName, _ s: String) {
    if stream != name { flush() }
    if text.isEmpty { started = DispatchTime.now().uptimeNanoseconds }
    name = stream
    text += s
    if text.utf8.count > 65_536 || DispatchTime.now().uptimeNanoseconds - started > 50_000_000 { flush() }
  }

  func flush() {
    guard !text.isEmpty else { return }
    let t = text
    text = ""
    onFlush?(name, t)
  }
}
