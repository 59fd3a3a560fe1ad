/// What `swifttorch run` was asked to do, from its words: notebook paths (files, folders, globs) and
/// options, then at most one Python file with its own argv. The first `.py` ends the list; every word
/// after it belongs to the script (dashes included), so `run a.ipynb b.py x -v` runs a.ipynb, then b.py
/// with `sys.argv[1:] == ["x", "-v"]`. Options are recognised anywhere before the script, as
/// `--name VALUE` or `--name=VALUE`. Only the words are checked here; `NotebookPaths` resolves the paths.
public struct RunInvocation: Sendable, Equatable {
  /// Notebook paths, folders and glob patterns, in the order given.
  public var notebooks: [String]
  /// The Python file to run after the notebooks, if any.
  public var script: String?
  /// The script's arguments (`sys.argv[1:]`).
  public var scriptArguments: [String]
  /// Where executed notebooks are written (same file names); nil writes them back in place.
  public var outputDirectory: String?
  /// `--output FILE`: where the single executed notebook is written.
  public var outputFile: String?
  /// `--no-write`: run without writing any notebook.
  public var noWrite: Bool
  /// `--check`: compare the new outputs with the stored ones instead of writing them.
  public var check: Bool
  /// `--update` (with `--check`): write the new outputs too.
  public var update: Bool
  /// `--sanitize FILE`: nbval-style regex replacements applied before comparing.
  public var sanitizeFile: String?
  /// `--timeout SECONDS`: the time limit per cell.
  public var timeout: Double?
  /// `--allow-errors`: record cell errors and keep going; the run succeeds.
  public var allowErrors: Bool
  /// `-p NAME VALUE`, in order.
  public var parameters: [NotebookParameter]
  /// `-f FILE`, in order (read before the `-p` values, which override them).
  public var parameterFiles: [String]
  /// `--jobs N`: notebooks run at once (nil: the number of cores).
  public var jobs: Int?
  /// `--junit-xml FILE`: a JUnit report of the run.
  public var junitXML: String?
  /// `--per-cell`: one JUnit test case per code cell too.
  public var perCell: Bool

  public init(
    notebooks: [String] = [], script: String? = nil, scriptArguments: [String] = [], outputDirectory: String? = nil
  ) {
    self.notebooks = notebooks
    self.script = script
    self.scriptArguments = scriptArguments
    self.outputDirectory = outputDirectory
    self.outputFile = nil
    self.noWrite = false
    self.check = false
    self.update = false
    self.sanitizeFile = nil
    self.timeout = nil
    self.allowErrors = false
    self.parameters = []
    self.parameterFiles = []
    self.jobs = nil
    self.junitXML = nil
    self.perCell = false
  }

  /// Whether executed notebooks are written: not with `--no-write`; with `--check` only with `--update`
  /// or into `--output` / `--output-dir` (the checked file itself is then left alone).
  public var writesNotebooks: Bool { !noWrite && (!check || update || outputFile != nil || outputDirectory != nil) }

  /// Options that take one value.
  private static let valued: Set<String> = [
    "--output-dir", "--output", "--sanitize", "--timeout", "-f", "--parameters-file", "--jobs", "-j", "--junit-xml",
  ]
  private static let flags: Set<String> = ["--no-write", "--check", "--update", "--allow-errors", "--per-cell"]

  /// Splits the command's words. `outputDirectory` is an `--output-dir` the argument parser already took.
  public init(words: [String], outputDirectory: String? = nil) throws(RunInvocationError) {
    self.init(outputDirectory: outputDirectory)
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      if word.hasSuffix(".py") && !word.hasPrefix("-") {
        script = word
        scriptArguments = Array(words[index...])
        break
      }
      guard word.hasPrefix("-") && word != "-" else {
        notebooks.append(word)
        continue
      }
      var name = word
      var inlineValue: String?
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      if Self.flags.contains(name) {
        guard inlineValue == nil else { throw .unexpectedValue(name) }
        try setFlag(name)
      } else if Self.valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < words.count else { throw Self.missing(name) }
          value = words[index]
          index += 1
        }
        try setOption(name, value)
      } else if name == "-p" || name == "--parameter" {
        guard index + 1 < words.count else { throw .missingValue(name) }
        let parameter = words[index]
        guard Self.isIdentifier(parameter) else { throw .badValue(name, parameter, "not a Python identifier") }
        parameters.append(NotebookParameter(name: parameter, value: ParameterValue(commandLine: words[index + 1])))
        index += 2
      } else {
        throw .unknownOption(word)
      }
    }
    try validate()
  }

  private mutating func setFlag(_ name: String) throws(RunInvocationError) {
    switch name {
    case "--no-write": noWrite = true
    case "--check": check = true
    case "--update": update = true
    case "--allow-errors": allowErrors = true
    default: perCell = true
    }
  }

  private mutating func setOption(_ name: String, _ value: String) throws(RunInvocationError) {
    guard !value.isEmpty else { throw Self.missing(name) }
    func once(_ current: String?) throws(RunInvocationError) -> String {
      if let current, current != value {
        throw name == "--output-dir" ? .conflictingOutputDirectories(current, value) : .conflictingValues(name, current, value)
      }
      return value
    }
    switch name {
    case "--output-dir": outputDirectory = try once(outputDirectory)
    case "--output": outputFile = try once(outputFile)
    case "--sanitize": sanitizeFile = try once(sanitizeFile)
    case "--junit-xml": junitXML = try once(junitXML)
    case "-f", "--parameters-file": parameterFiles.append(value)
    case "--timeout":
      guard let seconds = Double(value), seconds.isFinite, seconds > 0 else {
        throw .badValue(name, value, "expected a positive number of seconds")
      }
      timeout = seconds
    default:
      guard let n = Int(value), n >= 1, n <= 1024 else { throw .badValue(name, value, "expected a whole number from 1 to 1024") }
      jobs = n
    }
  }

  private static func missing(_ name: String) -> RunInvocationError {
    name == "--output-dir" ? .missingOutputDirectory : .missingValue(name)
  }

  private func validate() throws(RunInvocationError) {
    if notebooks.isEmpty && script == nil { throw .nothingToRun }
    if outputFile != nil && outputDirectory != nil { throw .incompatible("--output", "--output-dir") }
    if noWrite && outputFile != nil { throw .incompatible("--no-write", "--output") }
    if noWrite && outputDirectory != nil { throw .incompatible("--no-write", "--output-dir") }
    if noWrite && update { throw .incompatible("--no-write", "--update") }
    if update && !check { throw .requires("--update", "--check") }
    if sanitizeFile != nil && !check { throw .requires("--sanitize", "--check") }
    if perCell && junitXML == nil { throw .requires("--per-cell", "--junit-xml") }
  }

  /// Whether `text` is a Python identifier (ASCII letters, digits, underscores; not starting with a digit).
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
    return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0.value > 0x7F }
  }
}
