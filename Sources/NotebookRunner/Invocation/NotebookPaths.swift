#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the paths given to `swifttorch run` into notebook files: a `.ipynb` path is taken as it is
/// (a missing one is reported when it is read), a folder gives every `.ipynb` below it (hidden folders
/// such as `.ipynb_checkpoints` skipped), a glob gives its matches (folders among them expanded), in
/// sorted order. A notebook named twice runs once.
public enum NotebookPaths {
  /// The notebook files, in order.
  public static func expand(_ paths: [String]) throws(RunInvocationError) -> [String] {
    var result: [String] = []
    var seen = Set<String>()
    func add(_ path: String) {
      if seen.insert(normalized(path)).inserted { result.append(path) }
    }
    for path in paths {
      if isGlob(path) {
        let matches = glob(path)
        var found = false
        for match in matches {
          if isDirectory(match) {
            for file in notebooks(below: match) {
              add(file)
              found = true
            }
          } else if match.hasSuffix(".ipynb") {
            add(match)
            found = true
          }
        }
        if !found { throw .noNotebooks(path) }
      } else if isDirectory(path) {
        let files = notebooks(below: path)
        if files.isEmpty { throw .noNotebooks(path) }
        files.forEach(add)
      } else if path.hasSuffix(".ipynb") {
        add(path)
      } else {
        throw .notRunnable(path)
      }
    }
    return result
  }

  /// Whether the path has glob characters (`*`, `?`, `[`).
  static func isGlob(_ path: String) -> Bool {
    path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// `a//b/./c` → `a/b/c`, so that the same file named two ways runs once.
  static func normalized(_ path: String) -> String {
    let parts = path.split(separator: "/").filter { $0 != "." }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Every `.ipynb` file below `folder`, sorted by path; hidden entries are skipped. Symbolic links to
  /// folders are not followed (no cycles).
  static func notebooks(below folder: String) -> [String] {
    var found: [String] = []
    var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
    var visited = 0
    while let current = pending.popLast(), visited < 100_000 {
      visited += 1
      guard let dir = opendir(current) else { continue }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
        }
        guard !name.hasPrefix(".") else { continue }
        let path = current == "/" ? "/" + name : current + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
          pending.append(path)
        } else if name.hasSuffix(".ipynb") && (kind == S_IFREG || kind == S_IFLNK) {
          found.append(path)
        }
      }
    }
    return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  /// glob(3) matches, sorted.
  static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard systemGlob(pattern, &result) == 0 else { return [] }
    var matches: [String] = []
    for index in 0..<Int(result.gl_pathc) {
      if let path = result.gl_pathv[index] { matches.append(String(cString: path)) }
    }
    return matches.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }
}

/// glob(3), out of reach of `NotebookPaths.glob`'s name.
private func systemGlob(_ pattern: String, _ result: inout glob_t) -> Int32 {
  glob(pattern, 0, nil, &result)
}
