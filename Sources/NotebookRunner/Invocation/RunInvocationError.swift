/// A `swifttorch run` command line, or a file it names, that cannot be used. The command exits 2.
public enum RunInvocationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No notebook and no script.
  case nothingToRun
  /// A path that is neither a notebook, a folder, a glob nor a `.py` file.
  case notRunnable(String)
  /// An option `swifttorch run` does not have (before the script).
  case unknownOption(String)
  /// `--output-dir` without a folder.
  case missingOutputDirectory
  /// `--output-dir` given twice with different folders.
  case conflictingOutputDirectories(String, String)
  /// An option without its value.
  case missingValue(String)
  /// A flag given a value (`--check=yes`).
  case unexpectedValue(String)
  /// An option given twice with different values.
  case conflictingValues(String, String, String)
  /// An option value of the wrong kind.
  case badValue(String, String, String)
  /// Two options that cannot be combined.
  case incompatible(String, String)
  /// An option that needs another.
  case requires(String, String)
  /// A path, folder or glob that names no notebook.
  case noNotebooks(String)
  /// `--output FILE` with more than one notebook.
  case outputNeedsOneNotebook(Int)
  /// A `-f` parameters file that cannot be read or parsed.
  case badParameterFile(String, String)
  /// A `--sanitize` file that cannot be read or parsed.
  case badSanitizeFile(String, String)

  public var description: String {
    switch self {
    case .nothingToRun: return "nothing to run: give notebooks (.ipynb, folders, globs) and/or a Python file (.py)"
    case .notRunnable(let word): return "\(word): not a notebook (.ipynb), a folder or a Python file (.py)"
    case .unknownOption(let word): return "unknown option \(word) (options for a script go after its .py file)"
    case .missingOutputDirectory: return "--output-dir needs a folder"
    case .conflictingOutputDirectories(let a, let b): return "--output-dir given twice: \(a) and \(b)"
    case .missingValue(let name): return name == "--output-dir" ? "--output-dir needs a folder" : "\(name) needs a value"
    case .unexpectedValue(let name): return "\(name) takes no value"
    case .conflictingValues(let name, let a, let b): return "\(name) given twice: \(a) and \(b)"
    case .badValue(let name, let value, let problem): return "\(name) \(value): \(problem)"
    case .incompatible(let a, let b): return "\(a) and \(b) cannot be combined"
    case .requires(let a, let b): return "\(a) needs \(b)"
    case .noNotebooks(let path): return "\(path): no notebooks (.ipynb) found"
    case .outputNeedsOneNotebook(let count): return "--output names one file but \(count) notebooks would run (use --output-dir)"
    case .badParameterFile(let path, let problem): return "\(path): bad parameters file: \(problem)"
    case .badSanitizeFile(let path, let problem): return "\(path): bad sanitize file: \(problem)"
    }
  }
}
