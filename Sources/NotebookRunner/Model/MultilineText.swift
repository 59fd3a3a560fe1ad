import ExecutionEngine

/// nbformat's multi-line strings: files store them as lists of lines, the model as one string.
enum MultilineText {
  /// Python's `str.splitlines(keepends=True)`, which nbformat uses when it writes sources and text outputs:
  /// lines end at `\n`, `\r\n`, `\r`, `\v`, `\f`, `\x1c`–`\x1e`, `\x85`, U+2028 and U+2029.
  static func splitLines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      line.append(scalar)
      switch scalar.value {
      case 0x0D:
        if pending == "\n" {
          line.append("\n")
          pending = scalars.next()
        }
      case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
        break
      default:
        continue
      }
      lines.append(String(line))
      line = String.UnicodeScalarView()
    }
    if !line.isEmpty { lines.append(String(line)) }
    return lines
  }

  /// The text of a multi-line field, stored either as a string or as a list of strings (joined).
  static func read(_ value: JSONValue?, at location: String) throws(NotebookFormatError) -> String {
    switch value {
    case .string(let s)?: return s
    case .array(let parts)?:
      var text = ""
      for (index, part) in parts.enumerated() {
        guard case .string(let s) = part else {
          throw NotebookFormatError(location: "\(location)[\(index)]", problem: "expected a string")
        }
        text += s
      }
      return text
    case nil: throw NotebookFormatError(location: location, problem: "missing")
    case _?: throw NotebookFormatError(location: location, problem: "expected a string or a list of strings")
    }
  }

  /// The text as nbformat writes it: a list of lines.
  static func write(_ text: String) -> JSONValue {
    .array(splitLines(text).map(JSONValue.string))
  }
}
