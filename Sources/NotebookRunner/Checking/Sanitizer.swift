/// Regex replacements applied to both the stored and the new outputs before `--check` compares them,
/// read from a file in nbval's sanitize format:
///
///     [regex1]
///     regex: \d{1,2}/\d{1,2}/\d{2,4}
///     replace: DATE-STAMP
///
/// Every `regex:` line directly followed by a `replace:` line is one pair (section headers and other
/// lines are ignored, as nbval's `get_sanitize_patterns` does); pairs apply in file order, like
/// Python's `re.sub`: every match replaced, `\1` / `\g<1>` / `\g<name>` insert groups.
public struct Sanitizer: Sendable {
  /// One compiled pattern and its replacement template.
  struct Rule: @unchecked Sendable {  // Regex<AnyRegexOutput> is immutable once built.
    let pattern: String
    let regex: Regex<AnyRegexOutput>
    let replacement: String
  }

  let rules: [Rule]

  /// No replacements.
  public init() { rules = [] }

  /// Parses a sanitize file's text; `path` names the file in errors.
  public init(text: String, path: String) throws(RunInvocationError) {
    var rules: [Rule] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    var index = 0
    while index + 1 < lines.count {
      let line = lines[index]
      let next = lines[index + 1]
      guard line.hasPrefix("regex: "), next.hasPrefix("replace: ") else {
        index += 1
        continue
      }
      let pattern = String(line.dropFirst("regex: ".count))
      do {
        let regex = try Regex(pattern)
        rules.append(Rule(pattern: pattern, regex: regex, replacement: String(next.dropFirst("replace: ".count))))
      } catch {
        throw .badSanitizeFile(path, "line \(index + 1): invalid regex \(pattern)")
      }
      index += 2
    }
    self.rules = rules
  }

  /// Reads and parses a sanitize file.
  public static func load(_ path: String) throws(RunInvocationError) -> Sanitizer {
    let bytes: [UInt8]
    do { bytes = try NotebookFile.readAll(path) } catch { throw .badSanitizeFile(path, error.description) }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .badSanitizeFile(path, "not UTF-8 text") }
    return try Sanitizer(text: text, path: path)
  }

  /// The number of regex/replacement pairs.
  public var count: Int { rules.count }

  /// The text with every rule applied in order.
  public func apply(_ text: String) -> String {
    var text = text
    for rule in rules {
      text = text.replacing(rule.regex) { match in Sanitizer.expand(rule.replacement, match) }
    }
    return text
  }

  /// A Python `re.sub` replacement template with the match's groups inserted.
  static func expand(_ template: String, _ match: Regex<AnyRegexOutput>.Match) -> String {
    var out = ""
    var chars = Array(template)[...]
    func group(_ number: Int) -> String {
      guard number < match.output.count, let text = match.output[number].substring else { return "" }
      return String(text)
    }
    while let c = chars.popFirst() {
      guard c == "\\", let next = chars.first else {
        out.append(c)
        continue
      }
      if next.isASCII, let digit = next.wholeNumberValue {
        chars.removeFirst()
        var number = digit
        if let second = chars.first, second.isASCII, let d = second.wholeNumberValue {
          number = number * 10 + d
          chars.removeFirst()
        }
        out += group(number)
      } else if next == "g", chars.dropFirst().first == "<", let close = chars.firstIndex(of: ">") {
        let name = String(chars[chars.index(chars.startIndex, offsetBy: 2)..<close])
        chars = chars[chars.index(after: close)...]
        if let number = Int(name) {
          out += group(number)
        } else if let text = match.output[name]?.substring {
          out += String(text)
        }
      } else {
        chars.removeFirst()
        switch next {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "\\": out.append("\\")
        default: out += "\\" + String(next)
        }
      }
    }
    return out
  }
}
