#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's content all at once: writes a temporary file in the same folder, flushes it to disk,
/// then renames it over the target. On any failure the temporary file is removed and the target is
/// untouched: readers see either the old bytes or the new, never a mix.
public struct AtomicFileWriter: Sendable {
  /// Writes one chunk to an open file descriptor, returning how many bytes it wrote; tests inject a
  /// failing one. The default is `write(2)`, retried on EINTR.
  public typealias ChunkWriter = @Sendable (_ fd: Int32, _ chunk: UnsafeRawBufferPointer) throws(FileSystemError) -> Int

  private let writeChunk: ChunkWriter
  /// Largest chunk handed to `writeChunk` at once.
  private let chunkSize: Int

  public init(chunkSize: Int = 1 << 16, writeChunk: @escaping ChunkWriter = AtomicFileWriter.posixWrite) {
    self.chunkSize = max(1, chunkSize)
    self.writeChunk = writeChunk
  }

  /// `write(2)` with EINTR retried.
  public static let posixWrite: ChunkWriter = { fd, chunk throws(FileSystemError) in
    while true {
      let n = systemWrite(fd, chunk.baseAddress, chunk.count)
      if n >= 0 { return n }
      if errno != EINTR { throw FileSystemError(operation: "write", code: errno) }
    }
  }

  /// Writes `bytes` to `path` atomically. A new file gets mode 0644 (less the umask); an existing one
  /// keeps its permission bits.
  public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
    let (folder, name) = AtomicFileWriter.split(path)
    var existingMode: mode_t?
    var info = stat()
    if stat(path, &info) == 0 { existingMode = info.st_mode & 0o7777 }

    // A fresh name in the target's folder (rename is only atomic within one file system).
    var temporary = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temporary = folder + "/." + name + ".\(getpid()).\(attempt).tmp"
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw FileSystemError(operation: "create a temporary file in \(folder)", code: errno) }

    do throws(FileSystemError) {
      let failure: FileSystemError? = bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let end = min(buffer.count, offset + chunkSize)
          do throws(FileSystemError) {
            let written = try writeChunk(fd, UnsafeRawBufferPointer(rebasing: buffer[offset..<end]))
            guard written > 0 else { return FileSystemError(operation: "write", code: EIO) }
            offset += written
          } catch {
            return error
          }
        }
        return nil
      }
      if let failure { throw failure }
      if let existingMode, fchmod(fd, existingMode) != 0 { throw FileSystemError(operation: "chmod", code: errno) }
      if fsync(fd) != 0 { throw FileSystemError(operation: "fsync", code: errno) }
      let closed = close(fd)
      fd = -1
      if closed != 0 { throw FileSystemError(operation: "close", code: errno) }
      if rename(temporary, path) != 0 { throw FileSystemError(operation: "rename over \(path)", code: errno) }
    } catch {
      if fd >= 0 { close(fd) }
      unlink(temporary)
      throw error
    }
    // Make the rename itself durable.
    let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      _ = fsync(folderFD)
      close(folderFD)
    }
  }

  /// The folder (`.` when none) and the file name of a path.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }
}

/// write(2), out of reach of `AtomicFileWriter.write`'s name.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, bytes, count)
}
