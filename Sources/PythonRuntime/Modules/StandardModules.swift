/// Registers the standard-library modules SwiftTorch provides (each in its own file).
enum StandardModules {
  static func register(in interp: Interpreter) {
    interp.nativeModules["sys"] = SysModule.make
    interp.nativeModules["math"] = MathModule.make
    interp.nativeModules["_stdlib"] = HelperModule.make
    interp.nativeModules["_random"] = RandomModule.make
    interp.nativeModules["_gzip"] = GzipModule.make
    interp.nativeModules["time"] = TimeModule.make
    interp.nativeModules["unicodedata"] = UnicodedataModule.make
    interp.nativeModules["os.path"] = { interp in
      let os = try interp.loadModule("os")
      return try interp.getAttribute(os, "path")
    }
    let sources: [(String, String)] = [
      ("collections", CollectionsModule.source), ("itertools", ItertoolsModule.source), ("functools", FunctoolsModule.source),
      ("operator", OperatorModule.source), ("copy", CopyModule.source), ("string", StringModule.source),
      ("typing", TypingModule.source), ("contextlib", ContextlibModule.source), ("io", IOModule.source), ("os", OSModule.source),
      ("random", RandomPySource.source), ("gzip", GzipPySource.source),
      ("json", JSONModule.source), ("csv", CSVModule.source),
    ]
    for (name, source) in sources { interp.sourceModules[name] = source }
    FileObject.register(in: interp)
  }
}

extension Interpreter {
  /// A new module object with the given name and members.
  public func makeModule(_ name: String, _ members: [(String, Value)]) -> PyModule {
    let m = PyModule(type: types.module, name: name)
    m.globals["__name__"] = .string(name)
    for (k, v) in members { m.globals[k] = v }
    return m
  }
}
