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
          let stripped = text.trimmingCharacters(in: " \t\u{0c}\r")
          if !stripped.isEmpty {
            out += "    \(stripped)\n"
            if let range = e.range, let carets = Self.caretLine(text, range) { out += carets }
          }
        }
      }
    }
    if exc.type.isSubtype(of: types.syntaxError) {
      out += syntaxErrorDetail(exc)
      if case .str(let msg)? = exc.dict["msg"] {
        out += exceptionTypeName(exc) + ": " + msg.value + "\n"
        return
      }
    }
    out += exceptionLine(exc) + "\n"
  }

  /// CPython 3.11's indicator line under a traceback's source line (`~~~^^^~~~` or `^^^^`), or nil when
  /// the failing range spans the whole stripped line.
  static func caretLine(_ line: String, _ range: SourceRange) -> String? {
    let chars = Array(line.unicodeScalars)
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{0c}" || $0 == "\r" || $0 == "\n" }
    let indent = chars.prefix(while: isSpace).count
    var lastNonSpace = chars.count
    while lastNonSpace > indent, isSpace(chars[lastNonSpace - 1]) { lastNonSpace -= 1 }
    let strippedLength = lastNonSpace - indent
    let start = range.column
    var end = range.endColumn
    var anchors: (left: Int, right: Int)?
    if range.line == range.endLine {
      end = min(end, chars.count)
      switch range.anchor {
      case .none: break
      case .binary(let leftEnd, let rightStart):
        var i = max(leftEnd, start)
        while i < min(rightStart, chars.count) {
          if isSpace(chars[i]) {
            i += 1
            continue
          }
          var right = i + 1
          if i + 1 < rightStart, i + 1 < chars.count, !isSpace(chars[i + 1]) { right += 1 }
          if i + 1 < rightStart, chars[i] == ")" {
            i += 1
            continue
          }
          anchors = (i - start, right - start)
          break
        }
      case .subscript(let valueEnd, let indexEnd):
        var left = valueEnd
        var right = indexEnd + 1
        while left < end, chars[left] != "[" { left += 1 }
        while right < end, chars[right] != "]" { right += 1 }
        if right < end { right += 1 }
        anchors = (left - start, right - start)
      }
    } else {
      end = lastNonSpace
    }
    guard start >= indent, end > start else { return nil }
    if end - start >= strippedLength && anchors == nil { return nil }
    var out = "    " + String(repeating: " ", count: start - indent)
    if let (left, right) = anchors, left >= 0, right >= left, end - start >= right {
      out += String(repeating: "~", count: left)
      out += String(repeating: "^", count: right - left)
      out += String(repeating: "~", count: end - start - right)
    } else {
      out += String(repeating: "^", count: end - start)
    }
    return out + "\n"
  }

  /// The `File "x", line N` / source / caret block of a SyntaxError (CPython's print_error_text).
  func syntaxErrorDetail(_ exc: PyInstance) -> String {
    var out = ""
    let filename = (exc.dict["filename"]).flatMap { v -> String? in if case .str(let s) = v { return s.value } else { return nil } } ?? "<string>"
    let line = exc.dict["lineno"].flatMap { smallInt($0) } ?? 1
    out += "  File \"\(filename)\", line \(line)\n"
    if case .str(let text)? = exc.dict["text"] {
      var chars = Array(text.value.unicodeScalars)
      while let l = chars.last, l == "\n" || l == "\r" { chars.removeLast() }
      var offset = (exc.dict["offset"].flatMap { smallInt($0) } ?? 0)
      let endOffset = exc.dict["end_offset"].flatMap { smallInt($0) } ?? -1
      let repetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
      offset -= 1
      var start = 0
      while start < chars.count, chars[start] == " " || chars[start] == "\t" || chars[start] == "\u{0c}" {
        start += 1
        offset -= 1
      }
      let shown = chars[start...]
      if offset > shown.count { offset = shown.count }
      var textLine = String.UnicodeScalarView()
      textLine.append(contentsOf: shown)
      out += "    \(String(textLine))\n"
      if offset >= 0 {
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: repetitions) + "\n"
      }
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
