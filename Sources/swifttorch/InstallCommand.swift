import ArgumentParser
import Foundation
import JupyterKernel

/// `swifttorch install [--user | --prefix P]`: writes the `swifttorch` kernelspec where
/// `jupyter kernelspec install` would.
struct InstallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install",
    abstract: "Install the SwiftTorch Jupyter kernelspec.",
    discussion: """
      --user (the default) writes ~/.local/share/jupyter/kernels/swifttorch/kernel.json \
      (or under $JUPYTER_DATA_DIR); --prefix P writes P/share/jupyter/kernels/swifttorch/kernel.json \
      (e.g. --prefix .venv for a virtual environment). The kernelspec runs this binary by absolute path.
      """)

  @Flag(help: "Install for the current user (the default).")
  var user = false

  @Option(help: "Install under this prefix (P/share/jupyter/kernels).")
  var prefix: String?

  func validate() throws {
    if user && prefix != nil { throw ValidationError("--user and --prefix cannot be combined") }
  }

  func run() throws {
    guard let binary = Kernelspec.currentExecutablePath() else {
      throw ValidationError("cannot resolve /proc/self/exe")
    }
    let kernels: String
    if let prefix {
      let absolute = prefix.hasPrefix("/") ? prefix : FileManager.default.currentDirectoryPath + "/" + prefix
      kernels = Kernelspec.prefixKernelsDirectory(prefix: absolute)
    } else {
      kernels = Kernelspec.userKernelsDirectory(environment: ProcessInfo.processInfo.environment)
    }
    let dir = try Kernelspec(binaryPath: binary).install(kernelsDirectory: kernels)
    print("Installed kernelspec \(Kernelspec.name) in \(dir)")
  }
}
