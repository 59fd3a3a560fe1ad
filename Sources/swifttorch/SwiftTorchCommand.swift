import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `swifttorch` command: runs course notebooks and scripts headless, serves a Jupyter kernel,
/// installs the kernelspec.
@main
struct SwiftTorchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "swifttorch",
    abstract: "Run PyTorch course code, written in Python, on SwiftTorch's own runtime.",
    subcommands: [RunCommand.self, KernelCommand.self, InstallCommand.self])

  /// Parses and runs the command. Usage errors exit 2 (as Python's argparse and most Unix tools do)
  /// instead of ArgumentParser's 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        let message = fullMessage(for: error)
        if !message.isEmpty { FileHandleWriter.stderr(message + "\n") }
        terminate(2)
      }
      exit(withError: error)
    }
  }
}

/// exit(3), out of reach of ParsableCommand's `exit(withError:)`.
private func terminate(_ code: Int32) -> Never { exit(code) }

/// Writes to stderr without Foundation.
enum FileHandleWriter {
  static func stderr(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
      if n <= 0 { return }
      offset += n
    }
  }
}
