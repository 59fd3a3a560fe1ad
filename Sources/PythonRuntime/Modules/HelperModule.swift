import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `_stdlib`: native helpers that the Python-source standard modules build on (defaultdict, a hook
/// for `__new__` on tuple subclasses, and the file-system primitives behind `os`, `open` and `gzip`).
/// Not meant to be imported by user code.
enum HelperModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let m = interp.makeModule("_stdlib", [("defaultdict", .type(defaultDictType(interp)))])
    func fn(_ name: String, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name, body)
    }
    fn("set_constructor") { interp, args in
      guard args.count == 2, case .type(let cls) = args.positional[0] else { throw interp.typeError("set_constructor(cls, fn)") }
      let f = args.positional[1]
      cls.constructor = { interp, t, a in
        var a2 = a
        a2.positional.insert(.type(t), at: 0)
        return try interp.call(f, a2)
      }
      return .none
    }
    fn("new_tuple") { interp, args in
      guard args.count == 2, case .type(let cls) = args.positional[0] else { throw interp.typeError("new_tuple(cls, iterable)") }
      return .object(PyTuple(type: cls, items: try interp.iterate(args.positional[1])))
    }
    fn("new_dict") { interp, args in
      guard case .type(let cls)? = args.positional.first else { throw interp.typeError("new_dict(cls)") }
      return .object(PyDict(type: cls))
    }
    fn("join") { interp, args in
      guard args.count == 2 else { throw interp.typeError("join(empty, parts)") }
      let parts = try interp.iterate(args.positional[1])
      if case .str = args.positional[0] {
        var s = ""
        for p in parts { if case .str(let x) = p { s += x.value } }
        return .string(s)
      }
      var out: [UInt8] = []
      for p in parts { if case .object(let o) = p, let b = o as? PyBytes { out.append(contentsOf: b.bytes) } }
      return interp.bytesValue(out)
    }
    fn("read_bytes") { interp, args in
      let path = try pathArg(interp, args, 0)
      return interp.bytesValue(try readFile(interp, path))
    }
    fn("write_bytes") { interp, args in
      let path = try pathArg(interp, args, 0)
      guard case .object(let o)? = args.positional[safe: 1], let b = o as? PyBytes else { throw interp.typeError("write_bytes needs bytes") }
      let append = try args.positional[safe: 2].map { try interp.truthy($0) } ?? false
      try writeFile(interp, path, b.bytes, append: append)
      return .none
    }
    fn("stat") { interp, args in
      let path = try pathArg(interp, args, 0)
      var st = stat()
      guard fstatat(AT_FDCWD, path, &st, 0) == 0 else { return .none }
      let mode = st.st_mode & S_IFMT
      let kind = mode == S_IFDIR ? 2 : (mode == S_IFREG ? 1 : 3)
      let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
      return interp.tuple([.int(kind), .int(Int(st.st_size)), .float(mtime)])
    }
    fn("listdir") { interp, args in
      let path = try pathArg(interp, args, 0)
      try checkDir(interp, path)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { throw osError(interp, errno == 0 ? EACCES : errno, path) }
      return interp.list(names.map { .string($0) })
    }
    fn("getcwd") { _, _ in .string(FileManager.default.currentDirectoryPath) }
    fn("chdir") { interp, args in
      let path = try pathArg(interp, args, 0)
      if Glibc.chdir(path) != 0 { throw osError(interp, errno, path) }
      return .none
    }
    fn("mkdir") { interp, args in
      let path = try pathArg(interp, args, 0)
      if Glibc.mkdir(path, 0o777) != 0 { throw osError(interp, errno, path) }
      return .none
    }
    fn("rmdir") { interp, args in
      let path = try pathArg(interp, args, 0)
      if Glibc.rmdir(path) != 0 { throw osError(interp, errno, path) }
      return .none
    }
    fn("remove") { interp, args in
      let path = try pathArg(interp, args, 0)
      var st = stat()
      if fstatat(AT_FDCWD, path, &st, 0) == 0, st.st_mode & S_IFMT == S_IFDIR { throw osError(interp, EISDIR, path) }
      if Glibc.unlink(path) != 0 { throw osError(interp, errno, path) }
      return .none
    }
    fn("rename") { interp, args in
      let src = try pathArg(interp, args, 0), dst = try pathArg(interp, args, 1)
      if Glibc.rename(src, dst) != 0 { throw osError(interp, errno, src) }
      return .none
    }
    fn("urandom") { interp, args in
      guard let n = args.positional.first.flatMap({ interp.smallInt($0) }), n >= 0 else { throw interp.valueError("negative argument not allowed") }
      var g = SystemRandomNumberGenerator()
      return interp.bytesValue((0..<n).map { _ in UInt8.random(in: 0...255, using: &g) })
    }
    fn("getpid") { _, _ in .int(Int(getpid())) }
    fn("environ") { interp, _ in
      try interp.dict(ProcessInfo.processInfo.environment.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }
    return .object(m)
  }

  /// `defaultdict`: a dict whose `defaultFactory` the interpreter's getItem calls for missing keys.
  static func defaultDictType(_ interp: Interpreter) -> PyType {
    let t = PyType(name: "defaultdict", module: "collections", bases: [interp.types.dict], generic: false)
    t.constructor = { interp, cls, args in
      let d = PyDict(type: cls)
      var rest = args
      if let first = rest.positional.first {
        if !first.isNone, !(try interp.isCallable(first)) { throw interp.typeError("first argument must be callable or None") }
        d.defaultFactory = first
        rest.positional.removeFirst()
      } else {
        d.defaultFactory = Value.none
      }
      if !rest.positional.isEmpty || !rest.keywords.isEmpty {
        rest.positional.insert(.object(d), at: 0)
        if let upd = interp.types.dict.dict["update"] { _ = try interp.call(upd, rest) }
      }
      return .object(d)
    }
    interp.defineMethod(t, "__init__") { _, _ in .none }
    interp.defineMethod(t, "__missing__") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let d = o as? PyDict, let key = args.positional[safe: 1] else { throw interp.typeError("__missing__(key)") }
      guard let factory = d.defaultFactory, !factory.isNone else { throw interp.keyError(key) }
      let v = try interp.call(factory, [])
      try interp.dictSet(d, key, v)
      return v
    }
    interp.defineProperty(t, "default_factory", get: { _, v in
      guard case .object(let o) = v, let d = o as? PyDict else { return .none }
      return d.defaultFactory ?? .none
    }, set: { _, v, f in
      if case .object(let o) = v, let d = o as? PyDict { d.defaultFactory = f }
    })
    interp.defineMethod(t, "copy") { interp, args in
      guard case .object(let o) = try args.receiver(interp), let d = o as? PyDict else { throw interp.typeError("copy needs a defaultdict") }
      let c = PyDict(type: d.type)
      c.storage = d.storage
      c.defaultFactory = d.defaultFactory
      return .object(c)
    }
    return t
  }

  static func pathArg(_ interp: Interpreter, _ args: CallArguments, _ i: Int) throws -> String {
    guard let v = args.positional[safe: i] else { throw interp.typeError("missing path argument") }
    switch v {
    case .str(let s): return s.value
    case .object(let o):
      if let b = o as? PyBytes { return String(decoding: b.bytes, as: UTF8.self) }
      if o.type.lookup("__fspath__") != nil, case .str(let s) = try interp.callMethod(v, "__fspath__") { return s.value }
    default: break
    }
    throw interp.typeError("expected str, bytes or os.PathLike object, not \(interp.typeName(v))")
  }

  static func checkDir(_ interp: Interpreter, _ path: String) throws {
    var st = stat()
    if fstatat(AT_FDCWD, path, &st, 0) != 0 { throw osError(interp, errno, path) }
    if st.st_mode & S_IFMT != S_IFDIR { throw osError(interp, ENOTDIR, path) }
  }

  /// The whole content of a file, or FileNotFoundError/PermissionError/IsADirectoryError as CPython raises them.
  static func readFile(_ interp: Interpreter, _ path: String) throws -> [UInt8] {
    var st = stat()
    if fstatat(AT_FDCWD, path, &st, 0) != 0 { throw osError(interp, errno, path) }
    if st.st_mode & S_IFMT == S_IFDIR { throw osError(interp, EISDIR, path) }
    guard let f = fopen(path, "rb") else { throw osError(interp, errno, path) }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
      if n <= 0 { break }
      out.append(contentsOf: buf[0..<n])
      try interp.reserveMemory(n)
    }
    return out
  }

  /// Creates/truncates (or appends to) a file and writes the bytes.
  static func writeFile(_ interp: Interpreter, _ path: String, _ bytes: [UInt8], append: Bool) throws {
    var st = stat()
    if fstatat(AT_FDCWD, path, &st, 0) == 0, st.st_mode & S_IFMT == S_IFDIR { throw osError(interp, EISDIR, path) }
    guard let f = fopen(path, append ? "ab" : "wb") else { throw osError(interp, errno, path) }
    defer { fclose(f) }
    if !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) }
      if n != bytes.count { throw osError(interp, errno, path) }
    }
  }

  /// An OSError subclass chosen by errno, with CPython's `[Errno N] message: 'path'` text.
  static func osError(_ interp: Interpreter, _ code: Int32, _ path: String) -> PyError {
    let t = interp.types
    let type: PyType
    switch code {
    case ENOENT: type = t.fileNotFoundError
    case EACCES, EPERM: type = t.permissionError
    case EISDIR: type = t.isADirectoryError
    case ENOTDIR: type = t.notADirectoryError
    case EEXIST: type = t.fileExistsError
    default: type = t.osError
    }
    let message = String(cString: strerror(code))
    let e = interp.makeException(type, "[Errno \(code)] \(message): \(Interpreter.stringRepr(path))")
    e.dict["errno"] = .int(Int(code))
    e.dict["strerror"] = .string(message)
    e.dict["filename"] = .string(path)
    return PyError(e)
  }
}

extension Interpreter {
  /// A `bytes` value.
  func bytesValue(_ b: [UInt8]) -> Value { .object(PyBytes(type: types.bytes, bytes: b)) }

  /// `callable(v)`.
  func isCallable(_ v: Value) throws -> Bool {
    switch v {
    case .type: return true
    case .object(let o):
      if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod { return true }
      return o.type.lookup("__call__") != nil
    default: return false
    }
  }
}
