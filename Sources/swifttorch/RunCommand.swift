import ArgumentParser
import NotebookRunner

/// `swifttorch run PATH...`: runs notebooks and Python files headless.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run Python files (as `python FILE` would) and notebooks headless.",
    usage: "swifttorch run [options] <notebook-or-folder-or-glob> ... [<script.py> <script-arg> ...]",
    discussion: """
      Each notebook runs in a fresh session; outputs, execution counts and per-cell timing \
      (metadata.execution, as nbclient records it) are written back into the file as nbformat 4.5. \
      Folders run every .ipynb below them (sorted); globs run their matches. The first .py file ends the \
      list: the words after it are its argv, so `swifttorch run a.ipynb b.py x -v` runs a.ipynb, then \
      b.py with sys.argv[1:] == ['x', '-v'] (only when every notebook passed).

      Options go anywhere before the .py file, as --name VALUE or --name=VALUE:
        --output FILE       write the executed notebook to FILE (one notebook)
        --output-dir DIR    write executed notebooks into DIR
        --no-write          run without writing any notebook
        --check             compare new outputs with the stored ones (nbval)
        --update            with --check: store the new outputs too
        --sanitize FILE     with --check: nbval sanitize file (regex/replace)
        --timeout SECONDS   interrupt a longer cell; store a TimeoutError
        --allow-errors      store cell errors and keep going (exit 0)
        -p NAME VALUE       inject a parameter (papermill's typing)
        -f FILE             inject the parameters of a JSON or YAML file
        -j, --jobs N        run N notebooks at once (default: cores)
        --junit-xml FILE    write a JUnit XML report
        --per-cell          with --junit-xml: a test case per code cell too

      --check compares, cell by cell, streams, text/plain, text/html and errors \
      (ename, evalue), ignoring execution counts, timing, metadata and shape traces; \
      it prints a unified diff per differing cell and leaves the file alone (executed \
      copies go to --output/--output-dir when given). Cell tags \
      nbval-ignore-output, nbval-skip, raises-exception and skip-execution are honoured.

      Progress: when stdout is not a terminal, a line per cell `[3/12] NAME.ipynb cell 5 ok 0.02s`, then a \
      summary table; on a terminal, a line per notebook.

      Exit status: 0 when everything passed; 1 when a cell failed or a check differed; 2 for bad usage, a \
      notebook or file that cannot be read (invalid JSON, nbformat 3, missing, not UTF-8, unknown cell type), \
      a folder or glob without notebooks, or a target that cannot be written (nothing is changed); \
      otherwise the script's own exit status (1 after an uncaught exception).
      """)

  @Argument(
    parsing: .captureForPassthrough,
    help: "Options, notebooks (.ipynb), folders, globs, and at most one .py file followed by its argv.")
  var arguments: [String] = []

  func run() throws {
    // Passthrough capture takes `--help` too; before the script it is ours.
    if arguments.prefix(while: { !$0.hasSuffix(".py") }).contains(where: { $0 == "--help" || $0 == "-h" }) {
      throw CleanExit.helpRequest(self)
    }
    let invocation: RunInvocation
    do {
      invocation = try RunInvocation(words: arguments)
    } catch {
      throw ValidationError(error.description)
    }
    let status = HeadlessRun(invocation: invocation).run()
    if status != 0 { throw ExitCode(status) }
  }
}
