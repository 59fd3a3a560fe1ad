#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing `.ipynb` files.
public enum NotebookFile {
  /// Reads and parses a notebook file.
  public static func load(_ path: String) throws(NotebookFileError) -> Notebook {
    let bytes: [UInt8]
    do { bytes = try readAll(path) } catch { throw .cannotRead(path: path, reason: error.description) }
    do { return try Notebook(bytes: bytes) } catch { throw .unreadable(path: path, error) }
  }

  /// Writes a notebook atomically (see `AtomicFileWriter`): on failure the file on disk is unchanged.
  public static func save(_ notebook: Notebook, to path: String, writer: AtomicFileWriter = AtomicFileWriter())
    throws(NotebookFileError)
  {
    do { try writer.write(notebook.fileBytes(), to: path) } catch { throw .cannotWrite(path: path, error) }
  }

  /// The whole content of a regular file.
  static func readAll(_ path: String) throws(FileSystemError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileSystemError(operation: "open", code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileSystemError(operation: "stat", code: errno) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(operation: "read", code: EISDIR) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n == 0 { return bytes }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(operation: "read", code: errno)
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
  }
}
