#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// printf-style number formatting with Python's spelling of non-finite values.
public enum PyFormat {
  /// `"%.{precision}f" % v` (correctly rounded, like Python and glibc).
  public static func fixed(_ v: Double, precision: Int) -> String {
    if let s = nonFinite(v) { return s }
    return cFormat("%.*f", precision, v)
  }

  /// `"%.{precision}e" % v` (at least two exponent digits).
  public static func scientific(_ v: Double, precision: Int) -> String {
    if let s = nonFinite(v) { return s }
    return cFormat("%.*e", precision, v)
  }

  /// Python's spelling of nan/inf/-inf, or nil for finite values.
  static func nonFinite(_ v: Double) -> String? {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    return nil
  }

  private static func cFormat(_ fmt: String, _ precision: Int, _ v: Double) -> String {
    var buf = [CChar](repeating: 0, count: 512)
    let n = withVaList([Int32(clamping: precision), v]) { args in
      vsnprintf(&buf, buf.count, fmt, args)
    }
    guard n >= 0 else { return "" }
    if Int(n) >= buf.count {
      buf = [CChar](repeating: 0, count: Int(n) + 1)
      _ = withVaList([Int32(clamping: precision), v]) { args in vsnprintf(&buf, buf.count, fmt, args) }
    }
    return String(decoding: buf.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Python's `repr(float)`: shortest round-trip digits, exponent form when exp < -4 or exp >= 16.
  public static func floatRepr(_ v: Double) -> String {
    if let s = nonFinite(v) { return s }
    if v == 0 { return v.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description gives the shortest round-trip digits; re-layout them the Python way.
    let desc = Swift.abs(v).description
    var mantissa = desc
    var exp10 = 0
    if let e = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = String(desc[..<e])
      exp10 = Int(desc[desc.index(after: e)...]) ?? 0
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = parts.first.map(String.init) ?? "0"
    let fracPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = intPart + fracPart
    var pointPos = intPart.count + exp10
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      pointPos -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    let sign = v < 0 ? "-" : ""
    let exponent = pointPos - 1
    if exponent < -4 || exponent >= 16 {
      let first = String(digits.prefix(1))
      let rest = String(digits.dropFirst())
      let m = rest.isEmpty ? first : first + "." + rest
      let es = exponent < 0 ? "-" : "+"
      let ev = Swift.abs(exponent)
      return sign + m + "e" + es + (ev < 10 ? "0" : "") + String(ev)
    }
    if pointPos <= 0 {
      return sign + "0." + String(repeating: "0", count: -pointPos) + digits
    }
    if pointPos >= digits.count {
      return sign + digits + String(repeating: "0", count: pointPos - digits.count) + ".0"
    }
    let idx = digits.index(digits.startIndex, offsetBy: pointPos)
    return sign + String(digits[..<idx]) + "." + String(digits[idx...])
  }
}
