import Foundation
import Testing
@testable import JupyterKernel

/// Reading connection files as jupyter_client writes them.
struct ConnectionInfoTests {
  static let sample = """
    {"shell_port": 53794, "iopub_port": 34071, "stdin_port": 50287, "control_port": 44245, "hb_port": 36719,
     "ip": "127.0.0.1", "key": "9d1bd3ac-43a3f3a1d4b8b8b7d6e1b1e7", "transport": "tcp",
     "signature_scheme": "hmac-sha256", "kernel_name": "swifttorch"}
    """

  @Test func parsesJupyterClientFile() throws {
    let info = try ConnectionInfo(json: Array(Self.sample.utf8))
    #expect(info.shellPort == 53794 && info.iopubPort == 34071 && info.stdinPort == 50287)
    #expect(info.controlPort == 44245 && info.hbPort == 36719)
    #expect(info.key == "9d1bd3ac-43a3f3a1d4b8b8b7d6e1b1e7")
    #expect(info.kernelName == "swifttorch")
    #expect(info.endpoint(port: info.shellPort) == "tcp://127.0.0.1:53794")
    #expect(info.signer.isEnabled)
  }

  @Test func ipcEndpoints() throws {
    let text = Self.sample.replacingOccurrences(of: "\"tcp\"", with: "\"ipc\"")
      .replacingOccurrences(of: "\"127.0.0.1\"", with: "\"/tmp/kernel-1\"")
    let info = try ConnectionInfo(json: Array(text.utf8))
    #expect(info.endpoint(port: 36719) == "ipc:///tmp/kernel-1-36719")
  }

  @Test func emptyKeyMeansNoSigning() throws {
    let text = Self.sample.replacingOccurrences(of: "9d1bd3ac-43a3f3a1d4b8b8b7d6e1b1e7", with: "")
    #expect(try !ConnectionInfo(json: Array(text.utf8)).signer.isEnabled)
  }

  @Test func rejectsBadFiles() {
    #expect(throws: ConnectionFileError.self) { try ConnectionInfo(json: Array("{".utf8)) }
    #expect(throws: ConnectionFileError.self) { try ConnectionInfo(json: Array("[]".utf8)) }
    #expect(throws: ConnectionFileError.self) {
      try ConnectionInfo(json: Array(Self.sample.replacingOccurrences(of: "\"hb_port\"", with: "\"hb\"").utf8))
    }
    #expect(throws: ConnectionFileError.self) {
      try ConnectionInfo(json: Array(Self.sample.replacingOccurrences(of: "53794", with: "\"53794\"").utf8))
    }
    #expect(throws: ConnectionFileError.self) {
      try ConnectionInfo(json: Array(Self.sample.replacingOccurrences(of: "53794", with: "70000").utf8))
    }
    #expect(throws: ConnectionFileError.self) {
      try ConnectionInfo(json: Array(Self.sample.replacingOccurrences(of: "hmac-sha256", with: "hmac-md5").utf8))
    }
  }
}
