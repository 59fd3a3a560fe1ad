/// `import`: native modules (registered by Swift code), Python-source modules (the prelude), caching.
extension Interpreter {
  /// Imports a dotted module name. With `bindTop`, returns the top-level package (as `import a.b` binds `a`).
  public func importModule(_ name: String, bindTop: Bool) throws -> Value {
    let parts = name.split(separator: ".").map(String.init)
    var path = ""
    var top: Value?
    var parent: PyModule?
    var last: Value = .none
    for part in parts {
      path = path.isEmpty ? part : path + "." + part
      let m = try loadModule(path)
      // Make `a.b` reachable as an attribute of `a`.
      if let parent, parent.globals[part] == nil { parent.globals[part] = m }
      if top == nil { top = m }
      if case .object(let o) = m, let pm = o as? PyModule { parent = pm } else { parent = nil }
      last = m
    }
    return bindTop ? (top ?? last) : last
  }

  /// Loads one module by full dotted name, from the cache, a native loader or prelude source.
  public func loadModule(_ name: String) throws -> Value {
    if let m = modules[name] { return m }
    if let loader = nativeModules[name] {
      guard !loadingModules.contains(name) else {
        throw error(types.importError, "cannot import name '\(name)' (most likely due to a circular import)")
      }
      loadingModules.insert(name)
      defer { loadingModules.remove(name) }
      let m = try loader(self)
      modules[name] = m
      return m
    }
    if let source = sourceModules[name] {
      let module = PyModule(type: types.module, name: name)
      module.globals["__name__"] = .string(name)
      modules[name] = .object(module)
      do {
        try runSource(source, filename: "<\(name)>", module: module)
      } catch {
        modules[name] = nil
        throw error
      }
      return .object(module)
    }
    let e = makeException(types.moduleNotFoundError, "No module named '\(name)'")
    if let known = Self.unsupportedModules[name.split(separator: ".").first.map(String.init) ?? name] {
      e.exception?.args = [.string("No module named '\(name)' (SwiftTorch does not provide it yet: \(known))")]
    }
    throw PyError(e)
  }

  /// Modules learners may try that SwiftTorch does not provide, with what to use instead.
  static let unsupportedModules: [String: String] = [
    "pandas": "read CSV files with the csv module",
    "sklearn": "compute metrics with torch or plain Python",
    "scipy": "use math and torch",
    "tensorflow": "this kernel runs PyTorch code",
    "torchvision": "the RNN course does not need it",
    "PIL": "images are not supported",
    "requests": "there is no network access",
  ]

  /// `from module import name`: an attribute, or a submodule.
  public func importFrom(_ module: Value, name: String, moduleName: String) throws -> Value {
    if case .object(let o) = module, let m = o as? PyModule {
      if let v = m.globals[name] { return v }
      if let sub = try? loadModule(moduleName + "." + name) { return sub }
      throw error(types.importError, "cannot import name '\(name)' from '\(m.name)' (SwiftTorch does not provide it yet)")
    }
    return try getAttribute(module, name)
  }

  /// `from module import *`.
  public func importStar(from module: Value, into globals: Globals) throws {
    guard case .object(let o) = module, let m = o as? PyModule else { return }
    if let all = m.globals["__all__"] {
      for n in try iterate(all) {
        guard case .str(let s) = n, let v = m.globals[s.value] else { continue }
        globals[s.value] = v
      }
      return
    }
    for (k, v) in m.globals.items where !k.hasPrefix("_") { globals[k] = v }
  }
}
