/// A `swifttorch run` command line that cannot be carried out.
public enum RunInvocationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No notebook and no script.
  case nothingToRun
  /// A word before the script that is neither a notebook nor a `.py` file.
  case notRunnable(String)
  /// An option other than `--output-dir` before the script.
  case unknownOption(String)
  /// `--output-dir` without a folder.
  case missingOutputDirectory
  /// `--output-dir` given twice with different folders.
  case conflictingOutputDirectories(String, String)

  public var description: String {
    switch self {
    case .nothingToRun: return "nothing to run: give notebooks (.ipynb) and/or a Python file (.py)"
    case .notRunnable(let word): return "\(word): not a notebook (.ipynb) or a Python file (.py)"
    case .unknownOption(let word): return "unknown option \(word) (options for a script go after its .py file)"
    case .missingOutputDirectory: return "--output-dir needs a folder"
    case .conflictingOutputDirectories(let a, let b): return "--output-dir given twice: \(a) and \(b)"
    }
  }
}
