import ArgumentParser
import NotebookRunner

/// `swifttorch run FILE...`: runs notebooks and Python files headless.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run Python files (as `python FILE` would) and notebooks headless.",
    discussion: """
      Notebooks run in order, each in a fresh session; their outputs are written back into the file \
      (or into --output-dir) and stream output is echoed to the terminal. The first .py file ends the \
      list: the words after it are its argv, so `swifttorch run a.ipynb b.py x -v` runs a.ipynb, then \
      b.py with sys.argv[1:] == ['x', '-v'].

      Exit status: 0 when everything ran; 1 at the first cell error (the notebook's outputs up to it are \
      written); 2 for a notebook or script that cannot be read, is not a valid nbformat 4 notebook, or \
      cannot be written; otherwise the script's own exit status (1 after an uncaught exception).
      """)

  @Option(name: .customLong("output-dir"), help: "Write executed notebooks into this folder instead of in place.")
  var outputDirectory: String?

  @Argument(
    parsing: .captureForPassthrough,
    help: "Notebooks (.ipynb) and at most one .py file; the words after the .py file are its argv.")
  var arguments: [String] = []

  func run() throws {
    // Passthrough capture takes `--help` too; before the script it is ours.
    if arguments.prefix(while: { !$0.hasSuffix(".py") }).contains(where: { $0 == "--help" || $0 == "-h" }) {
      throw CleanExit.helpRequest(self)
    }
    let invocation: RunInvocation
    do {
      invocation = try RunInvocation(words: arguments, outputDirectory: outputDirectory)
    } catch {
      throw ValidationError(error.description)
    }
    let status = HeadlessRun(invocation: invocation).run()
    if status != 0 { throw ExitCode(status) }
  }
}
