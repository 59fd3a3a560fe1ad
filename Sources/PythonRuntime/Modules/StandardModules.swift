/// Registers the standard-library modules SwiftTorch provides (each in its own file).
enum StandardModules {
  static func register(in interp: Interpreter) {
    interp.nativeModules["sys"] = SysModule.make
    interp.nativeModules["math"] = MathModule.make
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
