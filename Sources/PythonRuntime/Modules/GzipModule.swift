/// `_gzip`: a DEFLATE (RFC 1951) decoder and an LZ77 + fixed-Huffman encoder with the gzip (RFC 1952)
/// and zlib (RFC 1950) wrappers, in Swift since Foundation on Linux has no zlib. It reads any .gz file
/// (e.g. ones made by Python's gzip module); what it writes Python's gzip reads back. The Python API
/// (`gzip.open`, GzipFile, compress/decompress) is in GzipSource.swift.
enum GzipModule {
  struct CodecError: Error { let message: String }

  static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
  static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
  static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
  static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

  static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
    var c = UInt32(n)
    for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  static func crc32(_ data: [UInt8], _ start: UInt32 = 0) -> UInt32 {
    var c = ~start
    for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
    return ~c
  }

  static func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1, b: UInt32 = 0
    for x in data {
      a = (a + UInt32(x)) % 65521
      b = (b + a) % 65521
    }
    return (b << 16) | a
  }

  /// A canonical Huffman code: counts per length and symbols in code order (as zlib's puff.c).
  struct Huffman {
    var count = [Int](repeating: 0, count: 16)
    var symbol: [Int]
    init(lengths: [Int]) {
      symbol = [Int](repeating: 0, count: lengths.count)
      for l in lengths { count[l] += 1 }
      count[0] = 0
      var offs = [Int](repeating: 0, count: 16)
      for len in 1..<15 { offs[len + 1] = offs[len] + count[len] }
      for (sym, l) in lengths.enumerated() where l != 0 {
        symbol[offs[l]] = sym
        offs[l] += 1
      }
    }
  }

  /// Reads bits least-significant first from a byte array.
  struct BitReader {
    let data: [UInt8]
    var pos: Int
    var bitBuf = 0
    var bitCount = 0
    mutating func bits(_ need: Int) throws -> Int {
      var val = bitBuf
      while bitCount < need {
        guard pos < data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
        val |= Int(data[pos]) << bitCount
        pos += 1
        bitCount += 8
      }
      bitBuf = val >> need
      bitCount -= need
      return val & ((1 << need) - 1)
    }
    mutating func decode(_ h: Huffman) throws -> Int {
      var code = 0, first = 0, index = 0
      for len in 1..<16 {
        code |= try bits(1)
        let count = h.count[len]
        if code - count < first { return h.symbol[index + (code - first)] }
        index += count
        first += count
        first <<= 1
        code <<= 1
      }
      throw CodecError(message: "invalid Huffman code")
    }
  }

  static let fixedLit = Huffman(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
  static let fixedDist = Huffman(lengths: [Int](repeating: 5, count: 30))

  /// Inflates one raw DEFLATE stream starting at `r.pos`; the reader ends just after it (byte aligned).
  static func inflate(_ r: inout BitReader, limit: Int = Int.max) throws -> [UInt8] {
    var out: [UInt8] = []
    var last = 0
    repeat {
      last = try r.bits(1)
      let type = try r.bits(2)
      switch type {
      case 0:
        r.bitBuf = 0
        r.bitCount = 0
        guard r.pos + 4 <= r.data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
        let len = Int(r.data[r.pos]) | Int(r.data[r.pos + 1]) << 8
        r.pos += 4
        guard r.pos + len <= r.data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
        out.append(contentsOf: r.data[r.pos..<(r.pos + len)])
        r.pos += len
      case 1:
        try codes(&r, &out, fixedLit, fixedDist)
      case 2:
        let nlen = try r.bits(5) + 257, ndist = try r.bits(5) + 1, ncode = try r.bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var lengths = [Int](repeating: 0, count: 19)
        for i in 0..<ncode { lengths[order[i]] = try r.bits(3) }
        let lencode = Huffman(lengths: lengths)
        var all: [Int] = []
        while all.count < nlen + ndist {
          let sym = try r.decode(lencode)
          if sym < 16 {
            all.append(sym)
          } else {
            var rep = 0, val = 0
            if sym == 16 {
              guard let prev = all.last else { throw CodecError(message: "invalid bit length repeat") }
              val = prev
              rep = 3 + (try r.bits(2))
            } else if sym == 17 {
              rep = 3 + (try r.bits(3))
            } else {
              rep = 11 + (try r.bits(7))
            }
            all.append(contentsOf: [Int](repeating: val, count: rep))
          }
        }
        guard all.count == nlen + ndist else { throw CodecError(message: "invalid code lengths set") }
        try codes(&r, &out, Huffman(lengths: Array(all[0..<nlen])), Huffman(lengths: Array(all[nlen...])))
      default:
        throw CodecError(message: "invalid block type")
      }
      if out.count > limit { throw CodecError(message: "data too large") }
    } while last == 0
    r.bitBuf = 0
    r.bitCount = 0
    return out
  }

  static func codes(_ r: inout BitReader, _ out: inout [UInt8], _ lit: Huffman, _ dist: Huffman) throws {
    while true {
      let sym = try r.decode(lit)
      if sym < 256 {
        out.append(UInt8(sym))
      } else if sym == 256 {
        return
      } else {
        let i = sym - 257
        guard i < 29 else { throw CodecError(message: "invalid literal/length code") }
        let len = lengthBase[i] + (try r.bits(lengthExtra[i]))
        let d = try r.decode(dist)
        guard d < 30 else { throw CodecError(message: "invalid distance code") }
        let distance = distBase[d] + (try r.bits(distExtra[d]))
        guard distance <= out.count else { throw CodecError(message: "invalid distance too far back") }
        let start = out.count - distance
        for k in 0..<len { out.append(out[start + k]) }
      }
    }
  }

  /// Decompresses all gzip members of `data`.
  static func gunzip(_ data: [UInt8]) throws -> [UInt8] {
    var out: [UInt8] = []
    var pos = 0
    while pos < data.count {
      if data[pos] == 0 && out.count > 0 { break }
      guard pos + 10 <= data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
      guard data[pos] == 0x1f, data[pos + 1] == 0x8b else {
        throw CodecError(message: "Not a gzipped file (\(Interpreter.bytesRepr(Array(data[pos..<(pos + 2)]))))")
      }
      guard data[pos + 2] == 8 else { throw CodecError(message: "Unknown compression method") }
      let flags = data[pos + 3]
      pos += 10
      if flags & 4 != 0 {
        guard pos + 2 <= data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
        pos += 2 + (Int(data[pos]) | Int(data[pos + 1]) << 8)
      }
      for flag: UInt8 in [8, 16] where flags & flag != 0 {
        while pos < data.count && data[pos] != 0 { pos += 1 }
        pos += 1
      }
      if flags & 2 != 0 { pos += 2 }
      guard pos <= data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
      var r = BitReader(data: data, pos: pos)
      let member = try inflate(&r)
      pos = r.pos
      guard pos + 8 <= data.count else { throw CodecError(message: "Compressed file ended before the end-of-stream marker was reached") }
      let crc = UInt32(data[pos]) | UInt32(data[pos + 1]) << 8 | UInt32(data[pos + 2]) << 16 | UInt32(data[pos + 3]) << 24
      if crc != crc32(member) { throw CodecError(message: "CRC check failed") }
      pos += 8
      out.append(contentsOf: member)
      while pos < data.count && data[pos] == 0 { pos += 1 }
    }
    return out
  }

  /// Writes bits least-significant first.
  struct BitWriter {
    var out: [UInt8] = []
    var acc = 0
    var n = 0
    mutating func put(_ value: Int, _ bits: Int) {
      acc |= value << n
      n += bits
      while n >= 8 {
        out.append(UInt8(acc & 0xff))
        acc >>= 8
        n -= 8
      }
    }
    /// A Huffman code is sent most-significant bit first.
    mutating func putCode(_ code: Int, _ len: Int) {
      var rev = 0
      for i in 0..<len where code & (1 << i) != 0 { rev |= 1 << (len - 1 - i) }
      put(rev, len)
    }
    mutating func flush() {
      if n > 0 { out.append(UInt8(acc & 0xff)) }
      acc = 0
      n = 0
    }
  }

  static func putLiteral(_ w: inout BitWriter, _ v: Int) {
    switch v {
    case 0..<144: w.putCode(0x30 + v, 8)
    case 144..<256: w.putCode(0x190 + v - 144, 9)
    case 256..<280: w.putCode(v - 256, 7)
    default: w.putCode(0xc0 + v - 280, 8)
    }
  }

  /// Raw DEFLATE: one fixed-Huffman block with LZ77 matches found through hash chains.
  static func deflate(_ data: [UInt8]) -> [UInt8] {
    var w = BitWriter()
    w.put(1, 1)
    w.put(1, 2)
    var head = [Int](repeating: -1, count: 1 << 15)
    var prev = [Int](repeating: -1, count: data.count)
    func hash(_ i: Int) -> Int { (Int(data[i]) << 10 ^ Int(data[i + 1]) << 5 ^ Int(data[i + 2])) & 0x7fff }
    var i = 0
    while i < data.count {
      var bestLen = 0, bestDist = 0
      if i + 2 < data.count {
        let h = hash(i)
        var cand = head[h]
        var chain = 0
        while cand >= 0 && i - cand <= 32768 && chain < 64 {
          var l = 0
          while l < 258 && i + l < data.count && data[cand + l] == data[i + l] { l += 1 }
          if l > bestLen { bestLen = l; bestDist = i - cand }
          cand = prev[cand]
          chain += 1
        }
        prev[i] = head[h]
        head[h] = i
      }
      if bestLen >= 3 {
        var li = 28
        while lengthBase[li] > bestLen { li -= 1 }
        putLiteral(&w, 257 + li)
        w.put(bestLen - lengthBase[li], lengthExtra[li])
        var di = 29
        while distBase[di] > bestDist { di -= 1 }
        w.putCode(di, 5)
        w.put(bestDist - distBase[di], distExtra[di])
        for j in (i + 1)..<(i + bestLen) where j + 2 < data.count {
          let h = hash(j)
          prev[j] = head[h]
          head[h] = j
        }
        i += bestLen
      } else {
        putLiteral(&w, Int(data[i]))
        i += 1
      }
    }
    putLiteral(&w, 256)
    w.flush()
    return w.out
  }

  static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

  static func gzip(_ data: [UInt8], mtime: UInt32) -> [UInt8] {
    [0x1f, 0x8b, 8, 0] + le32(mtime) + [2, 255] + deflate(data) + le32(crc32(data)) + le32(UInt32(truncatingIfNeeded: data.count))
  }

  static func make(_ interp: Interpreter) throws -> Value {
    let m = interp.makeModule("_gzip", [])
    func bytesArg(_ interp: Interpreter, _ args: CallArguments) throws -> [UInt8] {
      guard case .object(let o)? = args.positional.first, let b = o as? PyBytes else {
        throw interp.typeError("a bytes-like object is required, not '\(interp.typeName(args.positional.first ?? .none))'")
      }
      return b.bytes
    }
    func fail(_ interp: Interpreter, _ e: Error, _ type: String) -> Error {
      guard let c = e as? CodecError else { return e }
      if let t = try? interp.getAttribute(.object(m), type), case .type(let cls) = t { return interp.error(cls, c.message) }
      return interp.error(interp.types.osError, c.message)
    }
    m.globals["compress"] = interp.makeFunction("compress") { interp, args in
      let mtime = args.argument(2, "mtime").flatMap { interp.smallInt($0) } ?? 0
      return interp.bytesValue(gzip(try bytesArg(interp, args), mtime: UInt32(truncatingIfNeeded: mtime)))
    }
    m.globals["decompress"] = interp.makeFunction("decompress") { interp, args in
      do { return interp.bytesValue(try gunzip(try bytesArg(interp, args))) } catch { throw fail(interp, error, "BadGzipFile") }
    }
    m.globals["zlib_compress"] = interp.makeFunction("zlib_compress") { interp, args in
      let data = try bytesArg(interp, args)
      var be: [UInt8] = []
      let a = adler32(data)
      for s in [24, 16, 8, 0] { be.append(UInt8(truncatingIfNeeded: a >> UInt32(s))) }
      return interp.bytesValue([0x78, 0x9c] + deflate(data) + be)
    }
    m.globals["zlib_decompress"] = interp.makeFunction("zlib_decompress") { interp, args in
      let data = try bytesArg(interp, args)
      do {
        guard data.count >= 2, data[0] & 0x0f == 8 else { throw CodecError(message: "Error -3 while decompressing data: incorrect header check") }
        var r = BitReader(data: data, pos: 2)
        return interp.bytesValue(try inflate(&r))
      } catch { throw fail(interp, error, "error") }
    }
    m.globals["inflate_raw"] = interp.makeFunction("inflate_raw") { interp, args in
      var r = BitReader(data: try bytesArg(interp, args), pos: 0)
      do { return interp.bytesValue(try inflate(&r)) } catch { throw fail(interp, error, "error") }
    }
    return .object(m)
  }
}
