#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks, before anything runs, that a file can be written atomically where the run will write it:
/// the file (if it exists) is a regular, writable file, and its folder (or the nearest existing folder
/// above it, for folders `--output-dir` will create) is writable. Files and folders without any write
/// permission bit count as read-only even for root.
enum TargetCheck {
  /// Why `path` cannot be written, or nil when it can.
  static func problem(writing path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { return "is a folder, not a file" }
      if !writable(path, info) { return "read-only file (not changed)" }
    }
    var folder = AtomicFileWriter.split(path).folder
    while true {
      if stat(folder, &info) == 0 {
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(folder) is not a folder" }
        return writable(folder, info) ? nil : "folder \(folder) is read-only (nothing changed)"
      }
      let parent = AtomicFileWriter.split(folder).folder
      if parent == folder { return "no folder to write into" }
      folder = parent
    }
  }

  private static func writable(_ path: String, _ info: stat) -> Bool {
    access(path, W_OK) == 0 && (info.st_mode & 0o222) != 0
  }
}
