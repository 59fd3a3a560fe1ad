/// Running a whole file as `python FILE.py` does.
extension Interpreter {
  /// Runs `source` as the `__main__` script at `path` with `sys.argv = [path] + argv`. An uncaught exception
  /// prints CPython's traceback to stderr; returns the process exit code python would give.
  public func runScript(path: String, source: String, argv: [String]) -> Int32 {
    self.argv = [path] + argv
    if case .object(let o)? = modules["sys"], let sys = o as? PyModule {
      sys.globals["argv"] = list(self.argv.map { .string($0) })
    }
    do {
      try runSource(source, filename: path, module: main)
      return 0
    } catch let e as PyError {
      return exitCode(for: e.exception)
    } catch {
      io.writeStderr("SystemError: \(error)\n")
      return 1
    }
  }

  /// The exit status for an exception that ended a script: SystemExit's code, else 1 after printing the traceback.
  func exitCode(for exc: PyInstance) -> Int32 {
    if exc.type.isSubtype(of: types.systemExit) {
      let code = exc.exception?.args.first ?? .none
      switch code {
      case .none: return 0
      case .int(let i): return Int32(truncatingIfNeeded: i)
      case .bool(let b): return b ? 1 : 0
      default:
        io.writeStderr(((try? str(code)) ?? "") + "\n")
        return 1
      }
    }
    io.writeStderr(formatCPythonTraceback(exc))
    return 1
  }
}
