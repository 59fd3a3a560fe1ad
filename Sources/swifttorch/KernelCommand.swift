import ArgumentParser
import ExecutionEngine
import Foundation
import JupyterKernel

/// `swifttorch kernel -f CONNECTION_FILE`: serves one Jupyter kernel (what kernel.json's argv runs).
struct KernelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernel",
    abstract: "Serve a Jupyter kernel on the sockets a connection file names.")

  @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file Jupyter wrote.")
  var connectionFile: String

  func run() throws {
    let session = Session(configuration: SessionConfiguration(tracebackStyle: .ipython, colors: true))
    let code = KernelServer.serve(connectionFile: connectionFile, session: session)
    if code != 0 { throw ExitCode(code) }
  }
}
