import PythonRuntime

/// The answer to a completion request: replacement candidates for the text between two cursor positions
/// (counted in Unicode code points, as Jupyter counts them).
public struct Completion: Sendable, Equatable {
  public var matches: [String]
  public var cursorStart: Int
  public var cursorEnd: Int
  /// For each match, its kind (`function`, `class`, `module`, `instance`, `keyword`, `statement`).
  public var types: [String]
  public init(matches: [String], cursorStart: Int, cursorEnd: Int, types: [String]) {
    self.matches = matches
    self.cursorStart = cursorStart
    self.cursorEnd = cursorEnd
    self.types = types
  }
}

/// Whether a cell's text is ready to run (Jupyter's `is_complete`).
public enum CompletenessStatus: Sendable, Equatable {
  case complete
  case incomplete(indent: String)
  case invalid
}

extension Session {
  /// Names that can complete the identifier or attribute chain before `cursor` in `code`.
  public func complete(_ code: String, cursor: Int) -> Completion {
    let box = core
    return thread.run { box.core?.complete(code, cursor: cursor) ?? Completion(matches: [], cursorStart: cursor, cursorEnd: cursor, types: []) }
      ?? Completion(matches: [], cursorStart: cursor, cursorEnd: cursor, types: [])
  }

  /// Help for the name at `cursor`: signature, docstring, type; for tensors their shape and value.
  /// `detail` 1 adds source-level detail where known. Nil when nothing is found.
  public func inspect(_ code: String, cursor: Int, detail: Int) -> MimeBundle? {
    let box = core
    return thread.run { box.core?.inspect(code, cursor: cursor, detail: detail) } ?? nil
  }

  /// Whether `code` is complete, wants more lines (with the indent to continue with), or is invalid.
  public func isComplete(_ code: String) -> CompletenessStatus {
    switch completeness(of: code) {
    case .complete: return .complete
    case .incomplete(let indent): return .incomplete(indent: indent)
    case .invalid: return .invalid
    }
  }

  /// The cells run so far in this session, oldest first: execution count, source, and the text/plain of
  /// the cell's result when it had one.
  public func history() -> [HistoryEntry] {
    let box = core
    return thread.run {
      box.core.map { core in core.history.sorted { $0.key < $1.key }.map { HistoryEntry(count: $0.key, source: $0.value, output: core.outputs[$0.key]) } } ?? []
    } ?? []
  }
}

/// One stored cell of the history.
public struct HistoryEntry: Sendable, Equatable {
  public let count: Int
  public let source: String
  /// The text/plain of the cell's result, if it had one.
  public let output: String?
}

extension EngineCore {
  static let keywords = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
                         "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
                         "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]

  /// The dotted name that ends at `cursor` (e.g. `torch.nn.RN`), and where it starts.
  func dottedName(_ code: String, cursor: Int) -> (text: String, start: Int) {
    let scalars = Array(code.unicodeScalars)
    var i = min(max(cursor, 0), scalars.count)
    let end = i
    while i > 0 {
      let c = scalars[i - 1]
      if c == "." || c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) { i -= 1 } else { break }
    }
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[i..<end])
    return (String(s), i)
  }

  /// Resolves `a.b.c` by attribute lookups only (no calls), in `__main__` then builtins, then modules the
  /// code imports but has not run yet (`import torch` in the same cell), as static completers do.
  func resolve(_ path: [String], code: String = "") -> Value? {
    guard let first = path.first else { return nil }
    guard var v = interp.main.globals[first] ?? interp.builtins[first] ?? importedModule(first, in: code) else { return nil }
    for name in path.dropFirst() {
      guard let next = try? interp.getAttribute(v, name) else { return nil }
      v = next
    }
    return v
  }

  /// The module bound to `name` by an `import` line in `code`, loaded only if it is a built-in module of ours.
  func importedModule(_ name: String, in code: String) -> Value? {
    for raw in code.split(separator: "\n") {
      let words = raw.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
      guard words.first == "import" else { continue }
      var i = 1
      while i < words.count {
        let module = words[i]
        var bound = String(module.split(separator: ".").first ?? Substring(module))
        var target = bound
        if i + 2 < words.count, words[i + 1] == "as" {
          bound = words[i + 2]
          target = module
          i += 3
        } else {
          i += 1
        }
        guard bound == name else { continue }
        let top = String(target.split(separator: ".").first ?? Substring(target))
        guard interp.nativeModules[top] != nil || interp.sourceModules[target] != nil || interp.modules[target] != nil else { return nil }
        return try? interp.importModule(target, bindTop: target == bound)
      }
    }
    return nil
  }

  func complete(_ code: String, cursor: Int) -> Completion {
    let (text, start) = dottedName(code, cursor: cursor)
    var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let prefix = parts.popLast() ?? ""
    var names: [String]
    if parts.isEmpty {
      names = interp.main.globals.items.map(\.0) + interp.builtins.items.map(\.0) + Self.keywords
    } else {
      guard let obj = resolve(parts, code: code) else { return Completion(matches: [], cursorStart: cursor, cursorEnd: cursor, types: []) }
      names = attributeNames(obj)
    }
    let hidePrivate = !prefix.hasPrefix("_")
    let matches = Array(Set(names.filter { $0.hasPrefix(prefix) && !(hidePrivate && $0.hasPrefix("_")) })).sorted()
    let replaceStart = start + text.unicodeScalars.count - prefix.unicodeScalars.count
    let types = matches.map { name -> String in
      if Self.keywords.contains(name) && parts.isEmpty { return "keyword" }
      let v = parts.isEmpty ? (interp.main.globals[name] ?? interp.builtins[name]) : resolve(parts + [name], code: code)
      return kind(v)
    }
    return Completion(matches: matches, cursorStart: replaceStart, cursorEnd: min(max(cursor, 0), code.unicodeScalars.count), types: types)
  }

  func attributeNames(_ v: Value) -> [String] {
    guard let listValue = try? interp.callBuiltin("dir", [v]), let items = try? interp.iterate(listValue) else { return [] }
    return items.compactMap { item -> String? in
      if case .str(let s) = item { return s.value }
      return nil
    }
  }

  func kind(_ v: Value?) -> String {
    guard let v else { return "instance" }
    switch v {
    case .type: return "class"
    case .object(let o):
      if o is PyModule { return "module" }
      if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod { return "function" }
      return "instance"
    default: return "instance"
    }
  }

  func inspect(_ code: String, cursor: Int, detail: Int) -> MimeBundle? {
    var (text, _) = dottedName(code, cursor: cursor)
    // Also take the rest of the identifier after the cursor (Shift+Tab inside a name).
    let scalars = Array(code.unicodeScalars)
    var j = min(max(cursor, 0), scalars.count)
    while j < scalars.count, scalars[j] == "_" || scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
      text.unicodeScalars.append(scalars[j])
      j += 1
    }
    // Inside a call `f(` look at the callee.
    if text.isEmpty || text.hasSuffix(".") {
      return nil
    }
    let path = text.split(separator: ".").map(String.init)
    guard let v = resolve(path, code: code) else { return nil }
    return MimeBundle(data: ["text/plain": describe(v, name: text, detail: detail)])
  }

  /// IPython-style help text: Signature, Docstring, Type (and value for data).
  func describe(_ v: Value, name: String, detail: Int) -> String {
    var lines: [String] = []
    var doc: String?
    switch v {
    case .object(let o):
      if let f = o as? PyFunction {
        lines.append("Signature: \(name)\(f.code.signatureText(defaults: f.defaults, interp: interp))")
        if case .str(let d) = f.doc { doc = d.value }
      } else if let b = o as? PyBuiltinFunction {
        lines.append("Signature: \(name)\(b.signature ?? "(...)")")
        doc = b.doc
      } else if let m = o as? PyBoundMethod, case .object(let fo) = m.function {
        if let f = fo as? PyFunction {
          var sig = f.code.signatureText(defaults: f.defaults, interp: interp)
          if let r = sig.range(of: "(self, ") { sig.replaceSubrange(r, with: "(") } else if sig == "(self)" { sig = "()" }
          lines.append("Signature: \(name)\(sig)")
          if case .str(let d) = f.doc { doc = d.value }
        } else if let b = fo as? PyBuiltinFunction {
          lines.append("Signature: \(name)\(b.signature ?? "(...)")")
          doc = b.doc
        }
      } else {
        let repr = (try? interp.repr(v)) ?? "?"
        lines.append("Type:        \(o.type.name)")
        lines.append("String form:\n" + repr)
        if let len = try? interp.length(v) { lines.append("Length:      \(len)") }
        return lines.joined(separator: "\n")
      }
    case .type(let t):
      if let initFn = t.lookup("__init__"), case .object(let fo) = initFn, let f = fo as? PyFunction {
        var sig = f.code.signatureText(defaults: f.defaults, interp: interp)
        if let r = sig.range(of: "(self, ") { sig.replaceSubrange(r, with: "(") } else if sig == "(self)" { sig = "()" }
        lines.append("Init signature: \(name)\(sig)")
      }
      if case .str(let d)? = t.dict["__doc__"] { doc = d.value }
      lines.append("Docstring:      " + (doc ?? "<no docstring>"))
      lines.append("Type:           type")
      return lines.joined(separator: "\n")
    default:
      let repr = (try? interp.repr(v)) ?? "?"
      return "Type:        \(interp.typeName(v))\nString form: \(repr)"
    }
    lines.append("Docstring: " + (doc ?? "<no docstring>"))
    lines.append("Type:      \(interp.typeName(v))")
    return lines.joined(separator: "\n")
  }
}

