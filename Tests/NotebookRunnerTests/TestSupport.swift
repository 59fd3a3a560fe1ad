import Foundation
import XCTest

/// Paths, temporary folders and child processes for the runner tests.
enum TestSupport {
  /// The package's root folder (this file is Tests/NotebookRunnerTests/TestSupport.swift).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// A fresh empty folder, removed when the test ends.
  static func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrunner-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock {
      _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
      try? FileManager.default.removeItem(at: url)
    }
    return url
  }

  /// The `swifttorch` binary: `$SWIFTTORCH_BIN`, else the one built beside this test bundle,
  /// else `.build/debug/swifttorch`.
  static func binary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["SWIFTTORCH_BIN"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("swifttorch"),
      URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("swifttorch"),
      packageRoot.appendingPathComponent(".build/debug/swifttorch"),
    ]
    for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
    throw XCTSkip("no swifttorch binary: set SWIFTTORCH_BIN or run `swift build --product swifttorch` first")
  }

  /// A python with nbformat: `$SWIFTTORCH_PYTHON`, else the project venv's.
  static func nbformatPython() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["SWIFTTORCH_PYTHON"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let venv = packageRoot.appendingPathComponent(".venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: venv.path) else {
      throw XCTSkip("no .venv/bin/python (make creates it; or set SWIFTTORCH_PYTHON)")
    }
    return venv
  }

  /// What a finished child process left.
  struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs a program to completion in `folder`.
  static func run(_ program: URL, _ arguments: [String], in folder: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes concurrently so that neither fills up and blocks the child.
    let errData = LockedData()
    let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errData.isSet { usleep(1000) }
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.value, as: UTF8.self))
  }

  /// Data handed from a reader thread.
  final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
  }

  /// Writes text to a file.
  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  /// A file's bytes.
  static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}
