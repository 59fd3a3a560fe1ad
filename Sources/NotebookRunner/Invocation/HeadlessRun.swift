#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ExecutionEngine

/// Carries out a `swifttorch run`: resolves the paths, reads every notebook and option file first,
/// checks every target can be written, then runs the notebooks (each in a fresh session, `--jobs` at a
/// time), compares or writes them, prints progress and a summary, writes the JUnit report, and runs the
/// script. Returns the exit code: 0 when all went well; 1 when a cell failed or a check differed;
/// 2 for bad usage or a notebook, script or file that cannot be read or written (nothing is changed when
/// that is found before running); otherwise the script's own exit code.
public struct HeadlessRun: Sendable {
  /// The exit codes of `swifttorch run`.
  public enum ExitCode {
    /// Everything ran.
    public static let success: Int32 = 0
    /// A cell raised or timed out, or `--check` found different outputs.
    public static let cellError: Int32 = 1
    /// Bad usage, or a notebook or script could not be read, was invalid, or could not be written.
    public static let badInput: Int32 = 2
  }

  /// The notebooks, script, options.
  public var invocation: RunInvocation
  /// Where stream text, progress, tracebacks and messages go.
  public var terminal: Terminal
  /// Writes notebook files; tests inject failures.
  public var writer: AtomicFileWriter
  /// Makes the session for each notebook.
  public var makeSession: @Sendable () -> Session
  /// Whether stdout is a terminal (one progress line per notebook instead of one per cell).
  public var interactive: Bool

  public init(
    invocation: RunInvocation, terminal: Terminal = .standard, writer: AtomicFileWriter = AtomicFileWriter(),
    interactive: Bool = isatty(1) != 0, makeSession: @escaping @Sendable () -> Session = { Session() }
  ) {
    self.invocation = invocation
    self.terminal = terminal
    self.writer = writer
    self.interactive = interactive
    self.makeSession = makeSession
  }

  /// Runs everything; see the type's documentation for the exit codes.
  public func run() -> Int32 {
    let started = Timestamp.now()
    // Read everything first, so a bad file is reported before anything runs or is rewritten.
    let paths: [String]
    var parameters: [[NotebookParameter]] = []
    var sanitizer = Sanitizer()
    do {
      paths = try NotebookPaths.expand(invocation.notebooks)
      if invocation.outputFile != nil && paths.count != 1 { throw RunInvocationError.outputNeedsOneNotebook(paths.count) }
      for file in invocation.parameterFiles { parameters.append(try ParameterFile.load(file)) }
      if let file = invocation.sanitizeFile { sanitizer = try Sanitizer.load(file) }
    } catch {
      return fail(String(describing: error))
    }
    parameters.append(invocation.parameters)
    var notebooks: [(path: String, notebook: Notebook)] = []
    for path in paths {
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
    let writes = invocation.writesNotebooks && !notebooks.isEmpty
    var destinations: [String: String] = [:]
    if writes {
      for (path, _) in notebooks {
        let target = destination(of: path)
        if let other = destinations.updateValue(path, forKey: NotebookPaths.normalized(target)), other != path {
          return fail("\(other) and \(path) would both be written to \(target)")
        }
        if let problem = TargetCheck.problem(writing: target) { return fail("\(target): \(problem)") }
      }
      let outputFolder = invocation.outputFile.map { AtomicFileWriter.split($0).folder } ?? invocation.outputDirectory
      if let folder = outputFolder, folder != ".", folder != "/" {
        do { try HeadlessRun.makeFolder(folder) } catch { return fail("\(folder): \(error)") }
      }
    }
    if let report = invocation.junitXML, let problem = TargetCheck.problem(writing: report) {
      return fail("\(report): \(problem)")
    }

    let settings = RunSettings(
      execution: ExecutionSettings(
        timeout: invocation.timeout, allowErrors: invocation.allowErrors,
        skipTags: invocation.check ? ["skip-execution", "nbval-skip"] : ["skip-execution"]),
      check: invocation.check, update: invocation.update, sanitizer: sanitizer,
      parameters: NotebookParameter.merged(parameters), echo: !invocation.check, cellLines: !interactive, writer: writer)
    let workers = invocation.jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let live = workers == 1 || notebooks.count == 1
    let terminal = self.terminal
    let makeSession = self.makeSession
    let jobs = notebooks.enumerated().map { index, entry in
      NotebookJob(
        path: entry.path, position: index + 1, total: notebooks.count, notebook: entry.notebook,
        destination: writes ? destination(of: entry.path) : nil, settings: settings)
    }
    let results = ParallelJobs.run(count: jobs.count, workers: workers) { index in
      let log = NotebookLog(terminal: terminal, live: live)
      let result = jobs[index].run(in: makeSession(), log: log)
      log.flush()
      return result
    }

    let duration = started.interval(to: .now())
    if !results.isEmpty && (results.count > 1 || !interactive) {
      terminal.write(.stdout, SummaryTable.render(results, total: duration))
    }
    var status = ExitCode.success
    if results.contains(where: \.failed) { status = ExitCode.cellError }
    if results.contains(where: { $0.status == .unwritten }) { status = ExitCode.badInput }
    if let path = invocation.junitXML {
      let report = JUnitReport(results: results, perCell: invocation.perCell, started: started, duration: duration)
      do {
        let folder = AtomicFileWriter.split(path).folder
        if folder != "." && folder != "/" { try HeadlessRun.makeFolder(folder) }
        try writer.write(Array(report.xml.utf8), to: path)
      } catch {
        terminal.message("swifttorch run: error: \(path): \(error)")
        status = ExitCode.badInput
      }
    }
    if status == ExitCode.success, let script {
      return ScriptRunner(terminal: terminal).run(path: script.path, bytes: script.bytes, arguments: invocation.scriptArguments)
    }
    return status
  }

  /// Where the executed notebook from `path` is written.
  func destination(of path: String) -> String {
    if let file = invocation.outputFile { return file }
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
