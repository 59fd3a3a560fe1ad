/// `sys`: argv, stdout/stderr, version, recursion limit, exit, modules.
enum SysModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let streamType = PyType(name: "TextIOWrapper", module: "_io", bases: [interp.types.object], generic: false)
    interp.defineMethod(streamType, "write") { interp, args in
      guard args.count == 2, case .str(let s) = args.positional[1] else { throw interp.typeError("write() argument must be str") }
      try interp.write(s.value, to: args.positional[0])
      return .int(s.count)
    }
    interp.defineMethod(streamType, "flush") { _, _ in .none }
    interp.defineMethod(streamType, "isatty") { _, _ in .bool(false) }
    let stdout = Value.object(PyNativeObject(type: streamType, payload: StandardStream.stdout))
    let stderr = Value.object(PyNativeObject(type: streamType, payload: StandardStream.stderr))
    let m = interp.makeModule("sys", [
      ("argv", interp.list(interp.argv.map { .string($0) })),
      ("stdout", stdout), ("stderr", stderr), ("__stdout__", stdout), ("__stderr__", stderr),
      ("version", .string("3.11.7 (SwiftTorch)")),
      ("version_info", interp.tuple([.int(3), .int(11), .int(7), .string("final"), .int(0)])),
      ("platform", .string("linux")),
      ("maxsize", .int(Int.max)),
      ("byteorder", .string("little")),
      ("executable", .string("swifttorch")),
      ("path", interp.list([])),
      ("float_info", interp.tuple([.float(Double.greatestFiniteMagnitude)])),
      ("implementation", .string("swifttorch")),
    ])
    m.globals["getrecursionlimit"] = interp.makeFunction("getrecursionlimit") { interp, _ in .int(interp.recursionLimit) }
    m.globals["setrecursionlimit"] = interp.makeFunction("setrecursionlimit") { interp, args in
      guard let v = args.positional.first, let n = interp.smallInt(v) else { throw interp.typeError("an integer is required") }
      guard n >= 1 else { throw interp.valueError("recursion limit must be greater or equal than 1") }
      interp.recursionLimit = n
      return .none
    }
    m.globals["exit"] = interp.makeFunction("exit") { interp, args in throw interp.systemExit(args.positional.first ?? .none) }
    m.globals["getsizeof"] = interp.makeFunction("getsizeof") { _, _ in .int(64) }
    m.globals["intern"] = interp.makeFunction("intern") { _, args in args.positional.first ?? .none }
    m.globals["exc_info"] = interp.makeFunction("exc_info") { interp, _ in
      guard let e = interp.handling.last else { return interp.tuple([.none, .none, .none]) }
      return interp.tuple([.type(e.type), .object(e), .none])
    }
    m.globals["modules"] = try interp.dict(interp.modules.map { ($0.key, $0.value) })
    return .object(m)
  }
}
