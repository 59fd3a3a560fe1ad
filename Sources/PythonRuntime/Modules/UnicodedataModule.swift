import Foundation

/// `unicodedata`: normalize (NFC/NFD/NFKC/NFKD through Foundation), category, name/lookup, numeric
/// values, combining class, bidirectional class and mirrored flag, from Swift's Unicode scalar properties.
enum UnicodedataModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let m = interp.makeModule("unicodedata", [("unidata_version", .string("14.0.0"))])
    func fn(_ name: String, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name, body)
    }
    func char(_ interp: Interpreter, _ args: CallArguments, _ fname: String) throws -> Unicode.Scalar {
      guard case .str(let s)? = args.positional.first else {
        throw interp.typeError("\(fname)() argument must be a unicode character, not \(interp.typeName(args.positional.first ?? .none))")
      }
      guard s.count == 1, let c = s.scalars.first else { throw interp.typeError("\(fname)() argument must be a unicode character, not str") }
      return c
    }
    fn("normalize") { interp, args in
      guard args.count == 2, case .str(let form) = args.positional[0], case .str(let s) = args.positional[1] else {
        throw interp.typeError("normalize() argument 2 must be str")
      }
      let ns = s.value as NSString
      switch form.value {
      case "NFC": return .string(ns.precomposedStringWithCanonicalMapping)
      case "NFD": return .string(ns.decomposedStringWithCanonicalMapping)
      case "NFKC": return .string(ns.precomposedStringWithCompatibilityMapping)
      case "NFKD": return .string(ns.decomposedStringWithCompatibilityMapping)
      default: throw interp.valueError("invalid normalization form")
      }
    }
    fn("is_normalized") { interp, args in
      guard args.count == 2, case .str(let form) = args.positional[0], case .str(let s) = args.positional[1] else { throw interp.typeError("is_normalized() argument 2 must be str") }
      let ns = s.value as NSString
      let n: String
      switch form.value {
      case "NFC": n = ns.precomposedStringWithCanonicalMapping
      case "NFD": n = ns.decomposedStringWithCanonicalMapping
      case "NFKC": n = ns.precomposedStringWithCompatibilityMapping
      case "NFKD": n = ns.decomposedStringWithCompatibilityMapping
      default: throw interp.valueError("invalid normalization form")
      }
      return .bool(Array(n.unicodeScalars) == s.scalars)
    }
    fn("category") { interp, args in .string(category(try char(interp, args, "category"))) }
    fn("name") { interp, args in
      let c = try char(interp, args, "name")
      if let n = c.properties.name { return .string(n) }
      if let d = args.positional[safe: 1] { return d }
      throw interp.valueError("no such name")
    }
    fn("lookup") { interp, args in
      guard case .str(let s)? = args.positional.first else { throw interp.typeError("lookup() argument must be str") }
      let key = s.value.uppercased()
      if let c = nameIndex[key] { return .string(String(Character(c))) }
      throw interp.keyError(.string("undefined character name '\(s.value)'"))
    }
    func numeric(_ name: String, _ accept: @escaping (Unicode.Scalar) -> Double?) {
      fn(name) { interp, args in
        let c = try char(interp, args, name)
        if let v = accept(c) { return name == "numeric" ? .float(v) : .int(Int(v)) }
        if let d = args.positional[safe: 1] { return d }
        throw interp.valueError("not a \(name == "decimal" ? "decimal" : name == "digit" ? "digit" : "numeric character")")
      }
    }
    numeric("decimal") { $0.properties.numericType == .decimal ? $0.properties.numericValue : nil }
    numeric("digit") { c in
      guard let t = c.properties.numericType, t == .decimal || t == .digit else { return nil }
      return c.properties.numericValue
    }
    numeric("numeric") { $0.properties.numericValue }
    fn("combining") { interp, args in .int(Int(try char(interp, args, "combining").properties.canonicalCombiningClass.rawValue)) }
    fn("mirrored") { interp, args in .int(try char(interp, args, "mirrored").properties.isBidiMirrored ? 1 : 0) }
    fn("bidirectional") { interp, args in
      let c = try char(interp, args, "bidirectional")
      let v = c.value
      if (0x41...0x5a).contains(v) || (0x61...0x7a).contains(v) { return .string("L") }
      if (0x30...0x39).contains(v) { return .string("EN") }
      if v == 0x20 || v == 0x0c { return .string("WS") }
      if v == 0x0a || v == 0x0d || v == 0x1c || v == 0x1d || v == 0x1e || v == 0x85 || v == 0x2029 { return .string("B") }
      if v == 0x09 || v == 0x0b || v == 0x1f { return .string("S") }
      if c.properties.generalCategory == .nonspacingMark { return .string("NSM") }
      if (0x590...0x5ff).contains(v) { return .string("R") }
      if (0x600...0x6ff).contains(v) { return .string(c.properties.numericType != nil ? "AN" : "AL") }
      switch c.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .string("L")
      case .spaceSeparator: return .string("WS")
      default: return .string("ON")
      }
    }
    fn("east_asian_width") { interp, args in
      let v = try char(interp, args, "east_asian_width").value
      if (0x1100...0x115f).contains(v) || (0x2e80...0xa4cf).contains(v) || (0xac00...0xd7a3).contains(v) || (0xf900...0xfaff).contains(v) || (0xff00...0xff60).contains(v) || (0xffe0...0xffe6).contains(v) { return .string(v >= 0xff00 && v <= 0xff60 || v >= 0xffe0 ? "F" : "W") }
      return .string(v < 0x80 ? "Na" : "N")
    }
    return .object(m)
  }

  /// Names of the Basic Multilingual Plane's characters, built on the first `lookup`.
  static let nameIndex: [String: Unicode.Scalar] = {
    var d: [String: Unicode.Scalar] = [:]
    for v in UInt32(0)...0x1FFFF {
      if let s = Unicode.Scalar(v), let n = s.properties.name { d[n] = s }
    }
    return d
  }()

  static func category(_ c: Unicode.Scalar) -> String {
    switch c.properties.generalCategory {
    case .uppercaseLetter: return "Lu"
    case .lowercaseLetter: return "Ll"
    case .titlecaseLetter: return "Lt"
    case .modifierLetter: return "Lm"
    case .otherLetter: return "Lo"
    case .nonspacingMark: return "Mn"
    case .spacingMark: return "Mc"
    case .enclosingMark: return "Me"
    case .decimalNumber: return "Nd"
    case .letterNumber: return "Nl"
    case .otherNumber: return "No"
    case .connectorPunctuation: return "Pc"
    case .dashPunctuation: return "Pd"
    case .openPunctuation: return "Ps"
    case .closePunctuation: return "Pe"
    case .initialPunctuation: return "Pi"
    case .finalPunctuation: return "Pf"
    case .otherPunctuation: return "Po"
    case .mathSymbol: return "Sm"
    case .currencySymbol: return "Sc"
    case .modifierSymbol: return "Sk"
    case .otherSymbol: return "So"
    case .spaceSeparator: return "Zs"
    case .lineSeparator: return "Zl"
    case .paragraphSeparator: return "Zp"
    case .control: return "Cc"
    case .format: return "Cf"
    case .surrogate: return "Cs"
    case .privateUse: return "Co"
    case .unassigned: return "Cn"
    @unknown default: return "Cn"
    }
  }
}
