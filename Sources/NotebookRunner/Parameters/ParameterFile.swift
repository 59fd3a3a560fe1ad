import ExecutionEngine

/// A parameters file given with `-f`: a JSON object, or YAML limited to `key: value` lines
/// (scalars, quoted strings and flow lists of scalars; `#` comments and blank lines are skipped).
public enum ParameterFile {
  /// Reads the parameters in `path`, in file order (JSON objects in key order).
  public static func load(_ path: String) throws(RunInvocationError) -> [NotebookParameter] {
    let bytes: [UInt8]
    do { bytes = try NotebookFile.readAll(path) } catch { throw .badParameterFile(path, error.description) }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .badParameterFile(path, "not UTF-8 text") }
    do {
      return try parse(text, json: path.lowercased().hasSuffix(".json"))
    } catch {
      throw .badParameterFile(path, error.problem)
    }
  }

  /// Parses a file's text: JSON when `json` or when it starts with `{`, else the YAML subset.
  static func parse(_ text: String, json: Bool) throws(NotebookFormatError) -> [NotebookParameter] {
    let trimmed = text.trimmingWhitespace()
    if json || trimmed.hasPrefix("{") {
      let value: JSONValue
      do { value = try JSONValue.parse(Array(text.utf8)) } catch {
        throw NotebookFormatError(location: "", problem: "not valid JSON (\(error))")
      }
      guard case .object(let members) = value else {
        throw NotebookFormatError(location: "", problem: "expected a JSON object of parameters")
      }
      return topLevelKeys(Array(text.utf8)).compactMap { key in
        members[key].map { NotebookParameter(name: key, value: ParameterValue(json: $0)) }
      }
    }
    var result: [NotebookParameter] = []
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = stripComment(String(rawLine)).trimmingWhitespace()
      if line.isEmpty || line == "---" { continue }
      guard let colon = line.firstIndex(of: ":"), !(rawLine.first?.isWhitespace ?? false) else {
        throw NotebookFormatError(
          location: "line \(number + 1)", problem: "expected `key: value` (only a flat YAML mapping is supported)")
      }
      let key = unquote(String(line[..<colon]).trimmingWhitespace())
      let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
      guard !key.isEmpty else { throw NotebookFormatError(location: "line \(number + 1)", problem: "empty key") }
      result.removeAll { $0.name == key }
      result.append(NotebookParameter(name: key, value: try scalarOrList(value, line: number + 1)))
    }
    return result
  }

  /// A YAML value: a flow list `[a, b]` of scalars, or a scalar.
  private static func scalarOrList(_ text: String, line: Int) throws(NotebookFormatError) -> ParameterValue {
    if text.hasPrefix("[") {
      guard text.hasSuffix("]") else { throw NotebookFormatError(location: "line \(line)", problem: "unterminated list") }
      let inner = String(text.dropFirst().dropLast()).trimmingWhitespace()
      if inner.isEmpty { return .list([]) }
      return .list(inner.split(separator: ",").map { scalar(String($0).trimmingWhitespace()) })
    }
    if text.hasPrefix("{") || text.hasPrefix("|") || text.hasPrefix(">") || text.hasPrefix("&") || text.hasPrefix("*") {
      throw NotebookFormatError(location: "line \(line)", problem: "unsupported YAML value \(text) (use a JSON file)")
    }
    return scalar(text)
  }

  /// A YAML 1.1 scalar as PyYAML's safe_load types it (the common cases).
  static func scalar(_ text: String) -> ParameterValue {
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      return .string(unquote(text))
    }
    switch text {
    case "", "~", "null", "Null", "NULL": return .none
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
    case ".nan", ".NaN", ".NAN": return .float(.nan)
    default: break
    }
    if let n = yamlInt(text) { return .int(n) }
    if text.wholeMatch(of: yamlFloat) != nil, let d = ParameterValue.pythonFloat(text.replacingAll("_", with: "")) {
      return .float(d)
    }
    return .string(text)
  }

  /// YAML 1.1 floats as PyYAML resolves them: a dot is required, an exponent needs its sign.
  nonisolated(unsafe) static let yamlFloat = #/[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+)(?:[eE][-+][0-9]+)?/#

  /// YAML 1.1 integers as PyYAML resolves them: decimal, `0x` hex, `0b` binary, leading-zero octal.
  static func yamlInt(_ text: String) -> Int? {
    var body = Substring(text)
    var negative = false
    if let first = body.first, first == "+" || first == "-" {
      negative = first == "-"
      body = body.dropFirst()
    }
    let digits = String(body.filter { $0 != "_" })
    guard let first = digits.first, first.isASCII, first.isNumber, !body.hasSuffix("_") else { return nil }
    let magnitude: Int?
    if digits.hasPrefix("0x") {
      magnitude = Int(digits.dropFirst(2), radix: 16)
    } else if digits.hasPrefix("0b") {
      magnitude = Int(digits.dropFirst(2), radix: 2)
    } else if digits.count > 1 && digits.hasPrefix("0") {
      magnitude = Int(digits.dropFirst(), radix: 8)
    } else {
      magnitude = Int(digits, radix: 10)
    }
    return magnitude.map { negative ? -$0 : $0 }
  }

  /// The keys of a JSON document's top-level object in file order (the parsed object has none).
  static func topLevelKeys(_ bytes: [UInt8]) -> [String] {
    var keys: [String] = []
    var depth = 0
    var index = 0
    var expectingKey = false
    while index < bytes.count {
      let b = bytes[index]
      switch b {
      case UInt8(ascii: "{"):
        depth += 1
        expectingKey = depth == 1
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ","): expectingKey = depth == 1
      case UInt8(ascii: "\""):
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
          end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        if expectingKey, end < bytes.count, case .string(let key)? = try? JSONValue.parse(Array(bytes[index...end])) {
          keys.append(key)
        }
        expectingKey = false
        index = end
      default: break
      }
      index += 1
    }
    var seen = Set<String>()
    return keys.filter { seen.insert($0).inserted }
  }

  /// A quoted YAML string's content (`\"`, `\\`, `\n`, `\t` unescaped in double quotes; `''` in single).
  static func unquote(_ text: String) -> String {
    guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
    let body = String(text.dropFirst().dropLast())
    if first == "'" { return body.replacingAll("''", with: "'") }
    var out = ""
    var escaped = false
    for c in body {
      if escaped {
        switch c {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "0": out.append("\0")
        default: out.append(c)
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    return out
  }

  /// The line without a `#` comment (one at the start or after a space, outside quotes).
  private static func stripComment(_ line: String) -> String {
    var quote: Character?
    var previous: Character = " "
    var out = ""
    for c in line {
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "#" && previous.isWhitespace {
        break
      }
      out.append(c)
      previous = c
    }
    return out
  }
}
