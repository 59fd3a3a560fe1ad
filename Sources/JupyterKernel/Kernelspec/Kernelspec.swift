import ExecutionEngine
import Foundation

/// The `swifttorch` kernelspec (`kernel.json`) and where `jupyter kernelspec install` would put it.
public struct Kernelspec: Sendable, Equatable {
  /// The kernel's name: the directory under `share/jupyter/kernels/`.
  public static let name = "swifttorch"

  /// Absolute path of the `swifttorch` binary that `argv` starts.
  public var binaryPath: String

  /// A kernelspec starting `binaryPath`.
  public init(binaryPath: String) {
    self.binaryPath = binaryPath
  }

  /// The kernel.json document.
  public var json: JSONValue {
    [
      "argv": [.string(binaryPath), "kernel", "-f", "{connection_file}"],
      "display_name": "SwiftTorch",
      "language": "python",
      "interrupt_mode": "signal",
      "env": ["SWIFT_BACKTRACE": "enable=no"],
      "metadata": ["debugger": false],
      "kernel_protocol_version": .string(MessageHeader.protocolVersion),
    ]
  }

  /// The kernels directory for a per-user install: `$JUPYTER_DATA_DIR/kernels`, else
  /// `$XDG_DATA_HOME/jupyter/kernels`, else `~/.local/share/jupyter/kernels` (jupyter_core's rules on Linux).
  public static func userKernelsDirectory(environment: [String: String]) -> String {
    if let dataDir = environment["JUPYTER_DATA_DIR"], !dataDir.isEmpty { return dataDir + "/kernels" }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter/kernels" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/jupyter/kernels"
  }

  /// The kernels directory under an installation prefix: `P/share/jupyter/kernels`.
  public static func prefixKernelsDirectory(prefix: String) -> String {
    (prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix) + "/share/jupyter/kernels"
  }

  /// Writes `kernels/swifttorch/kernel.json` (creating directories) and returns the spec directory.
  @discardableResult
  public func install(kernelsDirectory: String) throws -> String {
    let dir = kernelsDirectory + "/" + Self.name
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let url = URL(fileURLWithPath: dir + "/kernel.json")
    try Data(json.nbformatBytes()).write(to: url, options: .atomic)
    return dir
  }

  /// The absolute path of the running executable (`/proc/self/exe` resolved), or nil.
  public static func currentExecutablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4097)
    let n = readlink("/proc/self/exe", &buffer, 4096)
    guard n > 0 else { return nil }
    return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
