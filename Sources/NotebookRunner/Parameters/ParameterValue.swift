import ExecutionEngine

/// A notebook parameter's value, typed as papermill types it, and written as papermill's
/// `PythonTranslator` writes it into the injected cell.
public enum ParameterValue: Sendable, Equatable {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list([ParameterValue])
  /// A dict; keys in the order given.
  case dict([(key: String, value: ParameterValue)])

  public static func == (lhs: ParameterValue, rhs: ParameterValue) -> Bool {
    switch (lhs, rhs) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): return a == b
    case (.list(let a), .list(let b)): return a == b
    case (.dict(let a), .dict(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The value of `-p NAME VALUE`, typed as papermill's `_resolve_type` does: `True`/`False` are bools,
  /// `None` is None, then an int, then a float, else the text itself.
  public init(commandLine text: String) {
    switch text {
    case "True": self = .bool(true)
    case "False": self = .bool(false)
    case "None": self = .none
    default:
      if let n = ParameterValue.pythonInt(text) {
        self = .int(n)
      } else if let d = ParameterValue.pythonFloat(text) {
        self = .float(d)
      } else {
        self = .string(text)
      }
    }
  }

  /// A value read from a JSON parameters file.
  public init(json: JSONValue) {
    switch json {
    case .null: self = .none
    case .bool(let b): self = .bool(b)
    case .int(let n): self = .int(n)
    case .double(let d): self = .float(d)
    case .string(let s): self = .string(s)
    case .array(let items): self = .list(items.map(ParameterValue.init(json:)))
    case .object(let members):
      let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      self = .dict(keys.map { (key: $0, value: ParameterValue(json: members[$0] ?? .null)) })
    }
  }

  /// The value as JSON (for the notebook's `metadata.papermill.parameters`).
  public var json: JSONValue {
    switch self {
    case .none: return .null
    case .bool(let b): return .bool(b)
    case .int(let n): return .int(n)
    case .float(let d): return .double(d)
    case .string(let s): return .string(s)
    case .list(let items): return .array(items.map(\.json))
    case .dict(let pairs): return .object(pairs.reduce(into: [:]) { $0[$1.key] = $1.value.json })
    }
  }

  /// The Python source papermill writes for the value (`PythonTranslator.translate`).
  public var pythonSource: String {
    switch self {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let n): return String(n)
    case .float(let d):
      if d.isNaN { return "float('nan')" }
      if d.isInfinite { return d < 0 ? "float('-inf')" : "float('inf')" }
      return JSONValue.double(d).compactString()  // Python's repr(float)
    case .string(let s): return ParameterValue.escapedString(s)
    case .list(let items): return "[" + items.map(\.pythonSource).joined(separator: ", ") + "]"
    case .dict(let pairs):
      return "{" + pairs.map { ParameterValue.escapedString($0.key) + ": " + $0.value.pythonSource }.joined(separator: ", ") + "}"
    }
  }

  /// papermill's `translate_escaped_str`: the text encoded with Python's `unicode_escape`, `"` escaped,
  /// in double quotes.
  static func escapedString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x22: out += "\\\""
      case 0x20..<0x7F: out.unicodeScalars.append(scalar)
      case 0..<0x100: out += "\\x" + hex(v, digits: 2)
      case 0x100..<0x10000: out += "\\u" + hex(v, digits: 4)
      default: out += "\\U" + hex(v, digits: 8)
      }
    }
    return out + "\""
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// Python's `int(text)` for plain decimal literals: optional sign, digits, single underscores between
  /// digits, surrounding whitespace.
  static func pythonInt(_ text: String) -> Int? {
    var body = Substring(text.trimmingWhitespace())
    var negative = false
    if let first = body.first, first == "+" || first == "-" {
      negative = first == "-"
      body = body.dropFirst()
    }
    guard let digits = plainDigits(body) else { return nil }
    return Int(negative ? "-" + digits : digits)
  }

  /// Python's `float(text)` for decimal literals, `inf`, `infinity` and `nan` (any case, signed).
  static func pythonFloat(_ text: String) -> Double? {
    let trimmed = text.trimmingWhitespace()
    var body = Substring(trimmed)
    var sign = ""
    if let first = body.first, first == "+" || first == "-" {
      sign = first == "-" ? "-" : ""
      body = body.dropFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign == "-" ? -Double.infinity : Double.infinity
    case "nan": return Double.nan
    default: break
    }
    // mantissa [e[+-]digits]
    var mantissa = body
    var exponent: String?
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = body[..<e]
      var rest = body[body.index(after: e)...]
      var expSign = ""
      if let first = rest.first, first == "+" || first == "-" {
        expSign = String(first)
        rest = rest.dropFirst()
      }
      guard let digits = plainDigits(rest) else { return nil }
      exponent = expSign + digits
    }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let whole = parts.first, parts.count <= 2 else { return nil }
    let fraction = parts.count == 2 ? parts[parts.count - 1] : ""
    guard !(whole.isEmpty && fraction.isEmpty) else { return nil }
    let wholeDigits = whole.isEmpty ? "0" : plainDigits(whole)
    let fractionDigits = fraction.isEmpty ? "0" : plainDigits(fraction)
    guard let w = wholeDigits, let f = fractionDigits else { return nil }
    return Double(sign + w + "." + f + (exponent.map { "e" + $0 } ?? ""))
  }

  /// ASCII digits with single underscores between them, underscores removed; nil otherwise.
  private static func plainDigits(_ text: Substring) -> String? {
    guard let first = text.first, first.isASCII, first.isNumber, let last = text.last, last.isASCII, last.isNumber,
      !text.contains("__")
    else { return nil }
    guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return nil }
    return text.filter { $0 != "_" }
  }
}
