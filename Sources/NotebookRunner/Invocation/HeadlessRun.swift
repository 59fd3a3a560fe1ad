#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ExecutionEngine

/// Carries out a `swifttorch run`: checks every notebook can be read, runs each in a fresh session and
/// writes it (in place or into the output folder), then runs the script. Returns the exit code:
/// 0 when all went well; 1 at the first cell error (after writing that notebook's outputs up to it);
/// 2 for a notebook or script that cannot be read, is not valid, or cannot be written; otherwise the
/// script's own exit code.
public struct HeadlessRun: Sendable {
  /// The exit codes of `swifttorch run`.
  public enum ExitCode {
    /// Everything ran.
    public static let success: Int32 = 0
    /// A cell raised (its notebook's outputs up to it were written).
    public static let cellError: Int32 = 1
    /// A notebook or script could not be read, was invalid, or could not be written.
    public static let badInput: Int32 = 2
  }

  /// The notebooks, script and output folder to use.
  public var invocation: RunInvocation
  /// Where stream text, tracebacks and messages go.
  public var terminal: Terminal
  /// Writes notebook files; tests inject failures.
  public var writer: AtomicFileWriter
  /// Makes the session for each notebook.
  public var makeSession: @Sendable () -> Session

  public init(
    invocation: RunInvocation, terminal: Terminal = .standard, writer: AtomicFileWriter = AtomicFileWriter(),
    makeSession: @escaping @Sendable () -> Session = { Session() }
  ) {
    self.invocation = invocation
    self.terminal = terminal
    self.writer = writer
    self.makeSession = makeSession
  }

  /// Runs everything; see the type's documentation for the exit codes.
  public func run() -> Int32 {
    // Read everything first, so a bad file is reported before anything runs or is rewritten.
    var notebooks: [(path: String, notebook: Notebook)] = []
    for path in invocation.notebooks {
      do {
        notebooks.append((path, try NotebookFile.load(path)))
      } catch {
        return fail(error.description)
      }
    }
    var script: (path: String, bytes: [UInt8])?
    if let path = invocation.script {
      do {
        script = (path, try NotebookFile.readAll(path))
      } catch {
        return fail("\(path): \(error)")
      }
    }
    var destinations: [String: String] = [:]
    for (path, _) in notebooks {
      if let other = destinations.updateValue(path, forKey: destination(of: path)), other != path {
        return fail("\(other) and \(path) would both be written to \(destination(of: path))")
      }
    }
    if let folder = invocation.outputDirectory, !notebooks.isEmpty {
      do { try HeadlessRun.makeFolder(folder) } catch { return fail("\(folder): \(error)") }
    }

    let executor = NotebookExecutor(echo: terminal.write)
    for (path, original) in notebooks {
      var notebook = original
      let outcome = executor.run(&notebook, in: makeSession())
      let destination = destination(of: path)
      do {
        try NotebookFile.save(notebook, to: destination, writer: writer)
      } catch {
        return fail(error.description)
      }
      if case .failed(let cellIndex, let report) = outcome {
        let count = notebook.cells[cellIndex].executionCount.map { " (In [\($0)])" } ?? ""
        terminal.traceback(report.traceback)
        terminal.message(
          "swifttorch run: \(path): cell \(cellIndex + 1)\(count) raised \(report.ename): \(report.evalue)"
            + " (outputs up to it written to \(destination))")
        return ExitCode.cellError
      }
    }
    if let script {
      return ScriptRunner(terminal: terminal).run(path: script.path, bytes: script.bytes, arguments: invocation.scriptArguments)
    }
    return ExitCode.success
  }

  /// Where the executed notebook from `path` is written.
  func destination(of path: String) -> String {
    guard let folder = invocation.outputDirectory else { return path }
    return (folder.hasSuffix("/") ? folder : folder + "/") + AtomicFileWriter.split(path).name
  }

  private func fail(_ message: String) -> Int32 {
    terminal.message("swifttorch run: error: \(message)")
    return ExitCode.badInput
  }

  /// `mkdir -p`.
  static func makeFolder(_ path: String) throws(FileSystemError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileSystemError(operation: "use as output folder", code: ENOTDIR) }
      return
    }
    let (parent, _) = AtomicFileWriter.split(path)
    if parent != path && parent != "." && parent != "/" { try makeFolder(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileSystemError(operation: "create folder", code: errno) }
  }
}
