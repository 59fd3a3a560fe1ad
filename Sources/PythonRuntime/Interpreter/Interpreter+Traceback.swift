/// Formats exceptions as CPython 3.11 prints them for scripts, and as IPython 8 shows them in cells.
extension Interpreter {
  /// How tracebacks look.
  public enum TracebackStyle {
    /// `Traceback (most recent call last):` ... (python FILE.py)
    case cpython
    /// `Cell In[3], line 2` frames with a header line (Jupyter); `colors` adds ANSI colours.
    case ipython(colors: Bool)
  }

  /// The exception's class name as tracebacks show it (`ValueError`, `module.CustomError`).
  public func exceptionTypeName(_ exc: PyInstance) -> String {
    let t = exc.type
    if t.module == "builtins" || t.module == "__main__" { return t.name }
    return "\(t.module).\(t.qualname)"
  }

  /// `ValueError: message` (or just the name when the message is empty).
  public func exceptionLine(_ exc: PyInstance) -> String {
    let msg = exceptionMessage(exc)
    return msg.isEmpty ? exceptionTypeName(exc) : "\(exceptionTypeName(exc)): \(msg)"
  }

  /// CPython's whole traceback text (ends with a newline), including chained exceptions.
  public func formatCPythonTraceback(_ exc: PyInstance) -> String {
    var out = ""
    var seen = Set<ObjectIdentifier>()
    formatChain(exc, into: &out, seen: &seen)
    return out
  }

  private func formatChain(_ exc: PyInstance, into out: inout String, seen: inout Set<ObjectIdentifier>) {
    seen.insert(ObjectIdentifier(exc))
    if let state = exc.exception {
      if case .object(let c) = state.cause, let cause = c as? PyInstance, !seen.contains(ObjectIdentifier(cause)) {
        formatChain(cause, into: &out, seen: &seen)
        out += "\nThe above exception was the direct cause of the following exception:\n\n"
      } else if !state.suppressContext, case .object(let c) = state.context, let ctx = c as? PyInstance, !seen.contains(ObjectIdentifier(ctx)) {
        formatChain(ctx, into: &out, seen: &seen)
        out += "\nDuring handling of the above exception, another exception occurred:\n\n"
      }
    }
    let entries = exc.exception?.traceback ?? []
    if !entries.isEmpty {
      out += "Traceback (most recent call last):\n"
      for e in entries {
        out += "  File \"\(e.filename)\", line \(e.line), in \(e.function)\n"
        if let text = sourceLines[e.filename]?[safe: e.line - 1] {
          let stripped = text.trimmingCharacters(in: " \t")
          if !stripped.isEmpty { out += "    \(stripped)\n" }
        }
      }
    }
    if exc.type.isSubtype(of: types.syntaxError) {
      out += syntaxErrorDetail(exc)
    }
    out += exceptionLine(exc) + "\n"
  }

  /// The `File "x", line N` / source / caret block of a SyntaxError.
  func syntaxErrorDetail(_ exc: PyInstance) -> String {
    var out = ""
    let filename = (exc.dict["filename"]).flatMap { v -> String? in if case .str(let s) = v { return s.value } else { return nil } } ?? "<string>"
    let line = exc.dict["lineno"].flatMap { smallInt($0) } ?? 1
    out += "  File \"\(filename)\", line \(line)\n"
    if case .str(let text)? = exc.dict["text"] {
      let raw = text.value
      let leading = raw.prefix { $0 == " " || $0 == "\t" }.count
      let stripped = raw.trimmingCharacters(in: " \t")
      out += "    \(stripped)\n"
      let offset = exc.dict["offset"].flatMap { smallInt($0) } ?? 1
      let caretCol = max(0, offset - 1 - leading)
      out += "    " + String(repeating: " ", count: caretCol) + "^\n"
    }
    return out
  }

  /// IPython 8's traceback as a list of strings (Jupyter's `traceback` field).
  public func formatIPythonTraceback(_ exc: PyInstance, colors: Bool, cellName: (String) -> String?) -> [String] {
    let red = colors ? "\u{1b}[0;31m" : ""
    let green = colors ? "\u{1b}[0;32m" : ""
    let cyan = colors ? "\u{1b}[0;36m" : ""
    let reset = colors ? "\u{1b}[0m" : ""
    let bold = colors ? "\u{1b}[1;31m" : ""
    var parts: [String] = []
    var chain: [(PyInstance, String?)] = []
    var seen = Set<ObjectIdentifier>()
    var cur: PyInstance? = exc
    var link: String?
    while let e = cur, !seen.contains(ObjectIdentifier(e)) {
      seen.insert(ObjectIdentifier(e))
      chain.insert((e, link), at: 0)
      if let state = e.exception, case .object(let c) = state.cause, let cause = c as? PyInstance {
        cur = cause
        link = "The above exception was the direct cause of the following exception:"
      } else if let state = e.exception, !state.suppressContext, case .object(let c) = state.context, let ctx = c as? PyInstance {
        cur = ctx
        link = "During handling of the above exception, another exception occurred:"
      } else {
        cur = nil
      }
    }
    for (i, (e, _)) in chain.enumerated() {
      let name = exceptionTypeName(e)
      let header = "\(red)" + name.padding(toLength: max(name.count, 42), withPad: " ", startingAt: 0) + "\(reset)Traceback (most recent call last)"
      parts.append(String(repeating: "-", count: 75))
      parts.append(header)
      for entry in e.exception?.traceback ?? [] {
        let location: String
        if let cell = cellName(entry.filename) {
          location = "\(green)\(cell), line \(entry.line)\(reset)"
        } else {
          location = "File \(green)\(entry.filename):\(entry.line)\(reset), in \(cyan)\(entry.function)\(reset)"
        }
        var block = location
        if let lines = sourceLines[entry.filename] {
          let lo = max(1, entry.line - 2), hi = min(lines.count, entry.line + 2)
          if lo <= hi {
            for n in lo...hi {
              let text = lines[safe: n - 1] ?? ""
              if n == entry.line {
                block += "\n\(green)----> \(n)\(reset) \(text)"
              } else {
                let num = String(n)
                block += "\n" + String(repeating: " ", count: max(1, 6 - num.count)) + num + " \(text)"
              }
            }
          }
        }
        parts.append(block + "\n")
      }
      if e.type.isSubtype(of: types.syntaxError) { parts.append(syntaxErrorDetail(e)) }
      let msg = exceptionMessage(e)
      parts.append("\(bold)\(name)\(reset)" + (msg.isEmpty ? "" : ": \(msg)"))
      if i + 1 < chain.count, let next = chain[safe: i + 1]?.1 { parts.append("\n" + next + "\n") }
    }
    return parts
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    let chars = Set(set)
    var s = Substring(self)
    while let f = s.first, chars.contains(f) { s.removeFirst() }
    while let l = s.last, chars.contains(l) { s.removeLast() }
    return String(s)
  }
}
