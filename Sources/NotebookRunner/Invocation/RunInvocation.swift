/// What `swifttorch run` was asked to do, from its words: notebooks to run in order, then at most one
/// Python file with its own argv. The first `.py` ends the list; every word after it belongs to the script
/// (dashes included), so `run a.ipynb b.py x -v` runs a.ipynb, then b.py with `sys.argv[1:] == ["x", "-v"]`.
/// `--output-dir DIR` (or `--output-dir=DIR`) is recognised anywhere before the script.
public struct RunInvocation: Sendable, Equatable {
  /// Notebook paths, in the order given.
  public var notebooks: [String]
  /// The Python file to run after the notebooks, if any.
  public var script: String?
  /// The script's arguments (`sys.argv[1:]`).
  public var scriptArguments: [String]
  /// Where executed notebooks are written (same file names); nil writes them back in place.
  public var outputDirectory: String?

  public init(notebooks: [String] = [], script: String? = nil, scriptArguments: [String] = [], outputDirectory: String? = nil) {
    self.notebooks = notebooks
    self.script = script
    self.scriptArguments = scriptArguments
    self.outputDirectory = outputDirectory
  }

  /// Splits the command's words. `outputDirectory` is an `--output-dir` the argument parser already took.
  public init(words: [String], outputDirectory: String? = nil) throws(RunInvocationError) {
    self.init(outputDirectory: outputDirectory)
    var index = 0
    func setOutputDirectory(_ value: String) throws(RunInvocationError) {
      guard !value.isEmpty else { throw .missingOutputDirectory }
      if let existing = self.outputDirectory, existing != value { throw .conflictingOutputDirectories(existing, value) }
      self.outputDirectory = value
    }
    while index < words.count {
      let word = words[index]
      index += 1
      if word.hasSuffix(".py") {
        script = word
        scriptArguments = Array(words[index...])
        break
      } else if word == "--output-dir" {
        guard index < words.count else { throw .missingOutputDirectory }
        try setOutputDirectory(words[index])
        index += 1
      } else if word.hasPrefix("--output-dir=") {
        try setOutputDirectory(String(word.dropFirst("--output-dir=".count)))
      } else if word.hasPrefix("-") && word != "-" {
        throw .unknownOption(word)
      } else if word.hasSuffix(".ipynb") {
        notebooks.append(word)
      } else {
        throw .notRunnable(word)
      }
    }
    if notebooks.isEmpty && script == nil { throw .nothingToRun }
  }
}
