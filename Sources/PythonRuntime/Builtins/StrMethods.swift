import Foundation

extension Builtins {
  static func installStrMethods(_ interp: Interpreter) {
    let t = interp.types.str
    t.constructor = { interp, _, args in
      let a = try args.bind(interp, "str", ["object", "encoding", "errors"])
      guard let x = a[0] else { return .string("") }
      if a[1] != nil || a[2] != nil {
        if case .object(let o) = x, let b = o as? PyBytes { return .string(String(decoding: b.bytes, as: UTF8.self)) }
        throw interp.typeError("decoding to str: need a bytes-like object, \(interp.typeName(x)) found")
      }
      return .string(try interp.str(x))
    }
    func s(_ interp: Interpreter, _ args: CallArguments) throws -> String {
      guard case .str(let v) = try args.receiver(interp) else { throw interp.typeError("descriptor requires a 'str' object") }
      return v.value
    }
    func strArg(_ interp: Interpreter, _ v: Value?, _ fname: String) throws -> String? {
      guard let v, !v.isNone else { return nil }
      guard case .str(let x) = v else { throw interp.typeError("\(fname) arg must be None or str") }
      return x.value
    }
    func def(_ name: String, _ body: @escaping (Interpreter, String, CallArguments) throws -> Value) {
      interp.defineMethod(t, name) { interp, args in try body(interp, try s(interp, args), args.dropReceiver) }
    }
    def("upper") { _, v, _ in .string(v.uppercased()) }
    def("lower") { _, v, _ in .string(v.lowercased()) }
    def("casefold") { _, v, _ in .string(v.lowercased()) }
    def("swapcase") { _, v, _ in
      var out = String.UnicodeScalarView()
      for u in v.unicodeScalars {
        if u.properties.isUppercase {
          out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
        } else if u.properties.isLowercase {
          out.append(contentsOf: u.properties.uppercaseMapping.unicodeScalars)
        } else {
          out.append(u)
        }
      }
      return .string(String(out))
    }
    def("title") { _, v, _ in
      var out = String.UnicodeScalarView()
      var prevCased = false
      for u in v.unicodeScalars {
        if prevCased {
          out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
        } else {
          out.append(contentsOf: u.properties.titlecaseMapping.unicodeScalars)
        }
        prevCased = u.properties.isCased
      }
      return .string(String(out))
    }
    def("capitalize") { _, v, _ in
      var out = String.UnicodeScalarView()
      for (i, u) in v.unicodeScalars.enumerated() {
        out.append(contentsOf: (i == 0 ? u.properties.titlecaseMapping : u.properties.lowercaseMapping).unicodeScalars)
      }
      return .string(String(out))
    }
    for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
      def(name) { interp, v, args in
        let chars = try strArg(interp, args.positional.first, name).map { Set($0.unicodeScalars) }
        let isStrip: (Unicode.Scalar) -> Bool = { u in chars.map { $0.contains(u) } ?? u.properties.isWhitespace }
        var sc = Substring(v).unicodeScalars
        if mode != 2 { while let f = sc.first, isStrip(f) { sc.removeFirst() } }
        if mode != 1 { while let l = sc.last, isStrip(l) { sc.removeLast() } }
        return .string(String(sc))
      }
    }
    def("split") { interp, v, args in
      let a = try args.bind(interp, "split", ["sep", "maxsplit"])
      let maxsplit = try a[1].flatMap { try interp.indexValue($0) } ?? -1
      return interp.list(try interp.splitString(v, sep: try strArg(interp, a[0], "split"), maxsplit: maxsplit).map { .string($0) })
    }
    def("rsplit") { interp, v, args in
      let a = try args.bind(interp, "rsplit", ["sep", "maxsplit"])
      let maxsplit = try a[1].flatMap { try interp.indexValue($0) } ?? -1
      let sep = try strArg(interp, a[0], "rsplit")
      if maxsplit < 0 { return interp.list(try interp.splitString(v, sep: sep, maxsplit: -1).map { .string($0) }) }
      let rev = String(v.reversed())
      let parts = try interp.splitString(rev, sep: sep.map { String($0.reversed()) }, maxsplit: maxsplit)
      return interp.list(parts.reversed().map { .string(String($0.reversed())) })
    }
    def("splitlines") { interp, v, args in
      let keep = try args.positional.first.map { try interp.truthy($0) } ?? (try args.keyword("keepends").map { try interp.truthy($0) } ?? false)
      var lines: [Value] = []
      var cur = ""
      var it = v.unicodeScalars.makeIterator()
      var pending: Unicode.Scalar? = it.next()
      while let u = pending {
        pending = it.next()
        if u == "\n" || u == "\r" || u == "\u{0b}" || u == "\u{0c}" || u == "\u{1c}" || u == "\u{1d}" || u == "\u{1e}" || u == "\u{85}" || u == "\u{2028}" || u == "\u{2029}" {
          var ending = String(u)
          if u == "\r", pending == "\n" {
            ending += "\n"
            pending = it.next()
          }
          lines.append(.string(keep ? cur + ending : cur))
          cur = ""
        } else {
          cur.unicodeScalars.append(u)
        }
      }
      if !cur.isEmpty { lines.append(.string(cur)) }
      return interp.list(lines)
    }
    def("join") { interp, v, args in
      guard let iterable = args.positional.first else { throw interp.typeError("join() takes exactly one argument (0 given)") }
      var parts: [String] = []
      for (i, item) in try interp.iterate(iterable).enumerated() {
        guard case .str(let x) = item else {
          throw interp.typeError("sequence item \(i): expected str instance, \(interp.typeName(item)) found")
        }
        parts.append(x.value)
      }
      let total = parts.reduce(0) { $0 + $1.utf8.count }
      try interp.reserveMemory(total)
      return .string(parts.joined(separator: v))
    }
    def("replace") { interp, v, args in
      guard args.count >= 2, case .str(let old) = args.positional[0], case .str(let new) = args.positional[1] else {
        throw interp.typeError("replace() argument must be str")
      }
      let count = try args.positional[safe: 2].flatMap { try interp.indexValue($0) } ?? -1
      if count < 0 {
        if old.value.isEmpty {
          var out = new.value
          for c in v.unicodeScalars {
            out.unicodeScalars.append(c)
            out += new.value
          }
          return .string(out)
        }
        return .string(v.replacingOccurrences(of: old.value, with: new.value))
      }
      var out = ""
      var rest = Substring(v)
      var n = 0
      while n < count, !old.value.isEmpty, let r = rest.range(of: old.value) {
        out += rest[..<r.lowerBound] + new.value
        rest = rest[r.upperBound...]
        n += 1
      }
      return .string(out + rest)
    }
    for (name, fromEnd, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
      def(name) { interp, v, args in
        guard case .str(let needle)? = args.positional.first else { throw interp.typeError("must be str, not \(args.positional.first.map { interp.typeName($0) } ?? "nothing")") }
        let sc = Array(v.unicodeScalars)
        let nd = Array(needle.value.unicodeScalars)
        let (lo, hi) = try interp.substringBounds(args, count: sc.count)
        var found = -1
        if nd.count <= hi - lo {
          let range = Array(lo...(hi - nd.count))
          for i in (fromEnd ? range.reversed() : range) where Array(sc[i..<(i + nd.count)]) == nd {
            found = i
            break
          }
        }
        if found < 0 && raises { throw interp.valueError("substring not found") }
        return .int(found)
      }
    }
    def("count") { interp, v, args in
      guard case .str(let needle)? = args.positional.first else { throw interp.typeError("must be str") }
      let sc = Array(v.unicodeScalars)
      let (lo, hi) = try interp.substringBounds(args, count: sc.count)
      let nd = Array(needle.value.unicodeScalars)
      if nd.isEmpty { return .int(max(0, hi - lo) + 1) }
      var n = 0
      var i = lo
      while i + nd.count <= hi {
        if Array(sc[i..<(i + nd.count)]) == nd {
          n += 1
          i += nd.count
        } else {
          i += 1
        }
      }
      return .int(n)
    }
    for (name, atStart) in [("startswith", true), ("endswith", false)] {
      def(name) { interp, v, args in
        guard let p = args.positional.first else { throw interp.typeError("\(name)() takes at least 1 argument (0 given)") }
        let sc = Array(v.unicodeScalars)
        let (lo, hi) = try interp.substringBounds(args, count: sc.count)
        let window = lo <= hi ? String(String.UnicodeScalarView(sc[lo..<hi])) : ""
        let candidates: [Value]
        if case .object(let o) = p, let tup = o as? PyTuple { candidates = tup.items } else { candidates = [p] }
        for c in candidates {
          guard case .str(let x) = c else {
            throw interp.typeError("\(name) first arg must be str or a tuple of str, not \(interp.typeName(c))")
          }
          if lo > sc.count { continue }
          if atStart ? window.unicodeScalars.starts(with: x.value.unicodeScalars) : window.unicodeScalars.reversed().starts(with: x.value.unicodeScalars.reversed()) { return .bool(true) }
        }
        return .bool(false)
      }
    }
    for (name, pred) in [
      ("isdigit", { (c: Character) in c.isNumber && c.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit } }),
      ("isdecimal", { (c: Character) in c.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }),
      ("isnumeric", { (c: Character) in c.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }),
      ("isalpha", { (c: Character) in c.isLetter }),
      ("isalnum", { (c: Character) in c.isLetter || c.isNumber }),
      ("isspace", { (c: Character) in c.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }),
    ] as [(String, (Character) -> Bool)] {
      def(name) { _, v, _ in .bool(!v.isEmpty && v.allSatisfy(pred)) }
    }
    def("isupper") { _, v, _ in .bool(v.contains { $0.isCased } && !v.contains { $0.isLowercase }) }
    def("islower") { _, v, _ in .bool(v.contains { $0.isCased } && !v.contains { $0.isUppercase }) }
    def("istitle") { _, v, _ in
      var prevCased = false
      var any = false
      for c in v {
        if c.isUppercase {
          if prevCased { return .bool(false) }
          prevCased = true
          any = true
        } else if c.isLowercase {
          if !prevCased { return .bool(false) }
          prevCased = true
        } else {
          prevCased = false
        }
      }
      return .bool(any)
    }
    def("isidentifier") { _, v, _ in
      guard let f = v.first, f.isLetter || f == "_" else { return .bool(false) }
      return .bool(v.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
    }
    def("isascii") { _, v, _ in .bool(v.unicodeScalars.allSatisfy { $0.isASCII }) }
    def("isprintable") { _, v, _ in .bool(v.unicodeScalars.allSatisfy { Interpreter.isPrintable($0) }) }
    for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
      def(name) { interp, v, args in
        guard let wv = args.positional.first, let w = try interp.indexValue(wv) else { throw interp.typeError("\(name)() takes at least 1 argument") }
        var fill: Character = " "
        if let f = args.positional[safe: 1] {
          guard case .str(let fs) = f, fs.count == 1, let c = fs.value.first else {
            throw interp.typeError("The fill character must be exactly one character long")
          }
          fill = c
        }
        let n = v.count
        guard w > n else { return .string(v) }
        let pad = w - n
        switch align {
        case "<": return .string(v + String(repeating: fill, count: pad))
        case ">": return .string(String(repeating: fill, count: pad) + v)
        default:
          let left = pad / 2 + (pad & w & 1)
          return .string(String(repeating: fill, count: left) + v + String(repeating: fill, count: pad - left))
        }
      }
    }
    def("zfill") { interp, v, args in
      guard let wv = args.positional.first, let w = try interp.indexValue(wv) else { throw interp.typeError("zfill() takes exactly one argument") }
      guard w > v.count else { return .string(v) }
      let pad = String(repeating: "0", count: w - v.count)
      if let f = v.first, f == "-" || f == "+" { return .string(String(f) + pad + v.dropFirst()) }
      return .string(pad + v)
    }
    for (name, fromEnd) in [("partition", false), ("rpartition", true)] {
      def(name) { interp, v, args in
        guard case .str(let sep)? = args.positional.first else { throw interp.typeError("must be str") }
        if sep.value.isEmpty { throw interp.valueError("empty separator") }
        guard let r = fromEnd ? v.range(of: sep.value, options: .backwards) : v.range(of: sep.value) else {
          return interp.tuple(fromEnd ? [.string(""), .string(""), .string(v)] : [.string(v), .string(""), .string("")])
        }
        return interp.tuple([.string(String(v[..<r.lowerBound])), .string(sep.value), .string(String(v[r.upperBound...]))])
      }
    }
    def("format") { interp, v, args in .string(try interp.strFormat(v, args)) }
    def("format_map") { interp, v, args in
      guard let m = args.positional.first else { throw interp.typeError("format_map() takes exactly one argument") }
      return .string(try interp.strFormat(v, CallArguments(), mapping: m))
    }
    def("encode") { interp, v, _ in .object(PyBytes(type: interp.types.bytes, bytes: Array(v.utf8))) }
    def("expandtabs") { interp, v, args in
      let size = try args.positional.first.flatMap { try interp.indexValue($0) } ?? 8
      var out = ""
      var col = 0
      for c in v {
        if c == "\t" {
          let n = size > 0 ? size - col % size : 0
          out += String(repeating: " ", count: n)
          col += n
        } else {
          out.append(c)
          col = (c == "\n" || c == "\r") ? 0 : col + 1
        }
      }
      return .string(out)
    }
    def("removeprefix") { interp, v, args in
      guard case .str(let p)? = args.positional.first else { throw interp.typeError("must be str") }
      return .string(v.hasPrefix(p.value) ? String(v.dropFirst(p.value.count)) : v)
    }
    def("removesuffix") { interp, v, args in
      guard case .str(let p)? = args.positional.first else { throw interp.typeError("must be str") }
      return .string(v.hasSuffix(p.value) && !p.value.isEmpty ? String(v.dropLast(p.value.count)) : v)
    }
    t.dict["maketrans"] = .object(PyStaticMethod(type: interp.types.staticmethod, function: interp.makeFunction("maketrans") { interp, args in
      let d = PyDict(type: interp.types.dict)
      if args.count >= 2, case .str(let a) = args.positional[0], case .str(let b) = args.positional[1] {
        for (x, y) in zip(a.value.unicodeScalars, b.value.unicodeScalars) { try interp.dictSet(d, .int(Int(x.value)), .int(Int(y.value))) }
        if case .str(let c)? = args.positional[safe: 2] { for x in c.value.unicodeScalars { try interp.dictSet(d, .int(Int(x.value)), .none) } }
      } else if case .object(let o)? = args.positional.first, let src = o as? PyDict {
        for (k, v) in src.storage.entries {
          if case .str(let ks) = k, let u = ks.value.unicodeScalars.first { try interp.dictSet(d, .int(Int(u.value)), v) } else { try interp.dictSet(d, k, v) }
        }
      }
      return .object(d)
    }))
    def("translate") { interp, v, args in
      guard let table = args.positional.first else { throw interp.typeError("translate() takes exactly one argument") }
      var out = ""
      for u in v.unicodeScalars {
        do {
          let r = try interp.getItem(table, .int(Int(u.value)))
          switch r {
          case .none: continue
          case .str(let s): out += s.value
          case .int(let i): if let x = Unicode.Scalar(UInt32(clamping: max(0, i))) { out.unicodeScalars.append(x) }
          default: throw interp.typeError("character mapping must return integer, None or str")
          }
        } catch let e as PyError where e.exception.type.isSubtype(of: interp.types.lookupError) {
          out.unicodeScalars.append(u)
        }
      }
      return .string(out)
    }
    def("__len__") { _, v, _ in .int(v.unicodeScalars.count) }
    def("__contains__") { interp, v, args in
      guard case .str(let n)? = args.positional.first else { throw interp.typeError("'in <string>' requires string as left operand") }
      return .bool(n.value.isEmpty || v.contains(n.value))
    }
    def("__getitem__") { interp, v, args in try interp.getItem(.string(v), args.positional.first ?? .none) }
    def("__add__") { interp, v, args in
      guard case .str(let o)? = args.positional.first else { return interp.notImplementedValue }
      return .string(v + o.value)
    }
    def("__mul__") { interp, v, args in
      guard let n = args.positional.first, interp.isIntLike(n) else { return interp.notImplementedValue }
      return try interp.binary(.mult, .string(v), n)
    }
    def("__rmul__") { interp, v, args in
      guard let n = args.positional.first, interp.isIntLike(n) else { return interp.notImplementedValue }
      return try interp.binary(.mult, .string(v), n)
    }
    def("__mod__") { interp, v, args in .string(try interp.percentFormat(v, args.positional.first ?? .none)) }
    def("__hash__") { _, v, _ in .int(PyStr(v).pyHash) }
    def("__str__") { _, v, _ in .string(v) }
    def("__repr__") { _, v, _ in .string(Interpreter.stringRepr(v)) }
    def("__eq__") { interp, v, args in
      guard case .str(let o)? = args.positional.first else { return interp.notImplementedValue }
      return .bool(v.utf8.elementsEqual(o.value.utf8))
    }
    for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .ltE), ("__gt__", .gt), ("__ge__", .gtE)] {
      def(name) { interp, v, args in
        guard case .str(let o)? = args.positional.first else { return interp.notImplementedValue }
        return try interp.compare(op, .string(v), .str(o))
      }
    }
    def("__ne__") { interp, v, args in
      guard case .str(let o)? = args.positional.first else { return interp.notImplementedValue }
      return .bool(!v.utf8.elementsEqual(o.value.utf8))
    }
    def("__format__") { interp, v, args in
      guard case .str(let spec)? = args.positional.first else { throw interp.typeError("format spec must be str") }
      return .string(try interp.format(.string(v), spec.value))
    }
  }
}

extension Interpreter {
  /// `str.split`: runs of whitespace when `sep` is nil, otherwise the exact separator.
  public func splitString(_ v: String, sep: String?, maxsplit: Int) throws -> [String] {
    var out: [String] = []
    if let sep {
      if sep.isEmpty { throw valueError("empty separator") }
      var rest = Substring(v)
      while maxsplit < 0 || out.count < maxsplit, let r = rest.range(of: sep) {
        out.append(String(rest[..<r.lowerBound]))
        rest = rest[r.upperBound...]
      }
      out.append(String(rest))
      return out
    }
    var sc = Substring(v).unicodeScalars[...]
    while true {
      while let f = sc.first, f.properties.isWhitespace { sc.removeFirst() }
      if sc.isEmpty { break }
      if maxsplit >= 0 && out.count >= maxsplit {
        var tail = sc
        while let l = tail.last, l.properties.isWhitespace { tail.removeLast() }
        out.append(String(String.UnicodeScalarView(tail)))
        break
      }
      var word = String.UnicodeScalarView()
      while let f = sc.first, !f.properties.isWhitespace {
        word.append(f)
        sc.removeFirst()
      }
      out.append(String(word))
    }
    return out
  }

  /// Optional `start, end` arguments of find/count/startswith, clamped like slice bounds.
  func substringBounds(_ args: CallArguments, count: Int) throws -> (Int, Int) {
    func clamp(_ v: Value?, _ d: Int) throws -> Int {
      guard let v, !v.isNone, let i = try indexValue(v) else { return d }
      return i < 0 ? max(0, i + count) : min(i, count)
    }
    let lo = try clamp(args.positional[safe: 1], 0)
    let hi = try clamp(args.positional[safe: 2], count)
    return (lo, hi)
  }

  /// `str.format`: `{}`/`{0}`/`{name}` fields with attribute and index lookups, conversions and specs.
  public func strFormat(_ fmt: String, _ args: CallArguments, mapping: Value? = nil) throws -> String {
    let chars = Array(fmt)
    var out = ""
    var i = 0
    var auto = 0
    var usedManual = false
    var usedAuto = false
    while i < chars.count {
      let c = chars[i]
      if c == "{" {
        if i + 1 < chars.count && chars[i + 1] == "{" {
          out.append("{")
          i += 2
          continue
        }
        var depth = 1
        var j = i + 1
        while j < chars.count && depth > 0 {
          if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
          j += 1
        }
        guard depth == 0 else { throw valueError("expected '}' before end of string") }
        let field = String(chars[(i + 1)..<(j - 1)])
        var name = field
        var conversion: Character?
        var spec = ""
        if let colon = Interpreter.topLevelIndex(of: ":", in: field) {
          name = String(field[..<colon])
          spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
          conversion = name[name.index(after: bang)...].first
          name = String(name[..<bang])
        }
        // Field name: first part, then .attr / [index] chains.
        var first = ""
        var k = name.startIndex
        while k < name.endIndex, name[k] != ".", name[k] != "[" {
          first.append(name[k])
          k = name.index(after: k)
        }
        var value: Value
        if first.isEmpty {
          if usedManual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
          usedAuto = true
          guard auto < args.positional.count else { throw indexError("Replacement index \(auto) out of range for positional args tuple") }
          value = args.positional[auto]
          auto += 1
        } else if let n = Int(first) {
          if usedAuto { throw valueError("cannot switch from automatic field numbering to manual field specification") }
          usedManual = true
          guard n < args.positional.count else { throw indexError("Replacement index \(n) out of range for positional args tuple") }
          value = args.positional[n]
        } else if let m = mapping {
          value = try getItem(m, .string(first))
        } else {
          guard let v = args.keyword(first) else { throw keyError(.string(first)) }
          value = v
        }
        while k < name.endIndex {
          if name[k] == "." {
            var attr = ""
            k = name.index(after: k)
            while k < name.endIndex, name[k] != ".", name[k] != "[" {
              attr.append(name[k])
              k = name.index(after: k)
            }
            value = try getAttribute(value, attr)
          } else if name[k] == "[" {
            var key = ""
            k = name.index(after: k)
            while k < name.endIndex, name[k] != "]" {
              key.append(name[k])
              k = name.index(after: k)
            }
            if k < name.endIndex { k = name.index(after: k) }
            value = try getItem(value, Int(key).map { .int($0) } ?? .string(key))
          } else {
            break
          }
        }
        if spec.contains("{") { spec = try strFormat(spec, args, mapping: mapping) }
        switch conversion {
        case "r", "a": value = .string(try repr(value))
        case "s": value = .string(try str(value))
        case nil: break
        default: throw valueError("Unknown conversion specifier \(conversion.map { String($0) } ?? "")")
        }
        out += try format(value, spec)
        i = j
      } else if c == "}" {
        if i + 1 < chars.count && chars[i + 1] == "}" {
          out.append("}")
          i += 2
          continue
        }
        throw valueError("Single '}' encountered in format string")
      } else {
        out.append(c)
        i += 1
      }
    }
    return out
  }

  static func topLevelIndex(of ch: Character, in s: String) -> String.Index? {
    var depth = 0
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ch && depth == 0 { return i }
      i = s.index(after: i)
    }
    return nil
  }
}
