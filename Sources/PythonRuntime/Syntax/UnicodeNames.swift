// `\N{name}` lookup for string literals.

/// Finds Unicode scalars by name for `\N{...}` escapes (case-insensitive, aliases accepted).
enum UnicodeNames {
  /// The scalar named `name`, or nil. A linear search over the code space; `\N{}` is rare.
  static func scalar(named name: String) -> Unicode.Scalar? {
    let wanted = name.uppercased()
    if wanted.isEmpty { return nil }
    let ranges: [ClosedRange<UInt32>] = [0x20...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE01EF]
    for range in ranges {
      for v in range {
        guard let s = Unicode.Scalar(v) else { continue }
        let props = s.properties
        if props.name == wanted || props.nameAlias == wanted { return s }
      }
    }
    return nil
  }
}
