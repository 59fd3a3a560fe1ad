import Foundation
import XCTest

@testable import NotebookRunner

/// A failed write leaves the original byte-identical and no temporary file behind.
final class AtomicWriteTests: XCTestCase {
  private let original = Array(NotebookFixtures.v4_4.utf8)

  private func setUpOriginal() throws -> (folder: URL, file: URL) {
    let folder = try TestSupport.temporaryFolder(self)
    let file = folder.appendingPathComponent("nb.ipynb")
    try Data(original).write(to: file)
    return (folder, file)
  }

  private func assertUntouched(_ folder: URL, _ file: URL, line: UInt = #line) throws {
    XCTAssertEqual(try TestSupport.bytes(file), original, "original changed", line: line)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["nb.ipynb"], "temporary file left", line: line)
  }

  func testWriterThatFailsMidwayLeavesOriginal() throws {
    let (folder, file) = try setUpOriginal()
    let notebook = try Notebook(bytes: original)
    let calls = CallCounter()
    let failing = AtomicFileWriter(chunkSize: 100) { fd, chunk throws(FileSystemError) in
      // Write the first chunks for real, then fail like a full disk.
      guard calls.next() < 3 else { throw FileSystemError(operation: "write", code: ENOSPC) }
      return try AtomicFileWriter.posixWrite(fd, chunk)
    }
    XCTAssertThrowsError(try NotebookFile.save(notebook, to: file.path, writer: failing)) { error in
      XCTAssertEqual("\(error)", "\(file.path): cannot write: No space left on device (the file is unchanged)")
    }
    try assertUntouched(folder, file)
  }

  func testShortWritesAreCompleted() throws {
    let (_, file) = try setUpOriginal()
    let notebook = try Notebook(bytes: original)
    let stingy = AtomicFileWriter { fd, chunk throws(FileSystemError) in
      try AtomicFileWriter.posixWrite(fd, UnsafeRawBufferPointer(rebasing: chunk.prefix(7)))
    }
    try NotebookFile.save(notebook, to: file.path, writer: stingy)
    XCTAssertEqual(try TestSupport.bytes(file), notebook.fileBytes())
  }

  /// A real failure from the kernel mid-write (the file size limit), which works even as root.
  func testFileSizeLimitMidwayLeavesOriginal() throws {
    let (folder, file) = try setUpOriginal()
    let big = Notebook(cells: [Cell(kind: .markdown, source: String(repeating: "x", count: 200_000))])
    var saved = rlimit()
    XCTAssertEqual(getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved), 0)
    let oldHandler = signal(SIGXFSZ, SIG_IGN)
    var limit = saved
    limit.rlim_cur = 50_000
    XCTAssertEqual(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit), 0)
    let result = Result { () throws(NotebookFileError) in try NotebookFile.save(big, to: file.path) }
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
    signal(SIGXFSZ, oldHandler)
    XCTAssertThrowsError(try result.get()) { error in
      XCTAssertTrue("\(error)".contains("File too large"), "\(error)")
    }
    try assertUntouched(folder, file)
  }

  func testReadOnlyFolderLeavesOriginal() throws {
    try XCTSkipIf(geteuid() == 0, "root writes into read-only folders; the other failure tests cover this path")
    let (folder, file) = try setUpOriginal()
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    XCTAssertThrowsError(try NotebookFile.save(Notebook(cells: []), to: file.path)) { error in
      XCTAssertTrue("\(error)".contains("cannot create a temporary file"), "\(error)")
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    try assertUntouched(folder, file)
  }

  func testMissingFolderFailsCleanly() throws {
    let folder = try TestSupport.temporaryFolder(self)
    let path = folder.appendingPathComponent("no/such/nb.ipynb").path
    XCTAssertThrowsError(try NotebookFile.save(Notebook(cells: []), to: path)) { error in
      XCTAssertEqual(error as? NotebookFileError, .cannotWrite(path: path, FileSystemError(operation: "create a temporary file in \(folder.path)/no/such", code: ENOENT)))
    }
  }

  func testSuccessKeepsPermissionsAndReplacesContent() throws {
    let (folder, file) = try setUpOriginal()
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    let notebook = try Notebook(bytes: original)
    try NotebookFile.save(notebook, to: file.path)
    XCTAssertEqual(try TestSupport.bytes(file), notebook.fileBytes())
    let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o640)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["nb.ipynb"])
  }

  func testRelativePathsAndSplit() {
    XCTAssertEqual(AtomicFileWriter.split("nb.ipynb").folder, ".")
    XCTAssertEqual(AtomicFileWriter.split("/nb.ipynb").folder, "/")
    XCTAssertEqual(AtomicFileWriter.split("a/b/nb.ipynb").folder, "a/b")
    XCTAssertEqual(AtomicFileWriter.split("a/b/nb.ipynb").name, "nb.ipynb")
  }
}

/// Counts calls from the writer's closure.
private final class CallCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  /// The number of earlier calls.
  func next() -> Int { lock.withLock { defer { count += 1 }; return count } }
}
