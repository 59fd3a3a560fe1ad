/// The builtin `open()`: file objects for text and binary reading, writing and appending (usable with
/// `with`). The file classes (`TextIOWrapper`, `BufferedFile`) live in the `io` module's Python source
/// (IOModule.swift) on top of the native file primitives of `_stdlib` (HelperModule.swift), which
/// raise FileNotFoundError/PermissionError/IsADirectoryError with CPython's `[Errno N] ...: 'path'` text.
enum FileObject {
  static func register(in interp: Interpreter) {
    interp.builtins["open"] = interp.makeFunction("open", signature: "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)") { interp, args in
      let io = try interp.loadModule("io")
      return try interp.call(try interp.getAttribute(io, "open"), args)
    }
  }
}
