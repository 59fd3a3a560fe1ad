import ArgumentParser

/// The `swifttorch` command: runs course notebooks and scripts headless, serves a Jupyter kernel,
/// installs the kernelspec.
@main
struct SwiftTorchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "swifttorch",
    abstract: "Run PyTorch course code, written in Python, on SwiftTorch's own runtime.",
    subcommands: [RunCommand.self, KernelCommand.self, InstallCommand.self])
}
