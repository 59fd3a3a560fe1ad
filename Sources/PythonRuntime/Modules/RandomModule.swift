import BigInt

/// `_random`: CPython's Mersenne Twister (MT19937, `_randommodule.c`) as a native `MT` object —
/// seeding from an int through `init_by_array` of its 32-bit words, `random()` from two draws and
/// `getrandbits(k)` — so `random.seed(0); random.random()` prints CPython's numbers. The distributions
/// (randrange, shuffle, gauss, ...) are CPython's random.py, in RandomSource.swift.
enum RandomModule {
  /// The generator state: 624 words and the position in them.
  struct MTState {
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625

    mutating func initGenrand(_ s: UInt32) {
      mt[0] = s
      for i in 1..<624 {
        mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
      }
      index = 624
    }

    mutating func initByArray(_ key: [UInt32]) {
      initGenrand(19650218)
      var i = 1, j = 0
      let n = 624
      var k = max(n, key.count)
      while k > 0 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30)
        mt[i] = (mt[i] ^ (prev &* 1664525)) &+ (key.isEmpty ? 0 : key[j]) &+ UInt32(truncatingIfNeeded: j)
        i += 1
        j += 1
        if i >= n { mt[0] = mt[n - 1]; i = 1 }
        if j >= key.count { j = 0 }
        k -= 1
      }
      k = n - 1
      while k > 0 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30)
        mt[i] = (mt[i] ^ (prev &* 1566083941)) &- UInt32(i)
        i += 1
        if i >= n { mt[0] = mt[n - 1]; i = 1 }
        k -= 1
      }
      mt[0] = 0x8000_0000
      index = 624
    }

    mutating func next32() -> UInt32 {
      if index >= 624 {
        if index == 625 { initGenrand(5489) }
        for kk in 0..<624 {
          let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % 624] & 0x7fff_ffff)
          mt[kk] = mt[(kk + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
        }
        index = 0
      }
      var y = mt[index]
      index += 1
      y ^= y >> 11
      y ^= (y << 7) & 0x9d2c_5680
      y ^= (y << 15) & 0xefc6_0000
      y ^= y >> 18
      return y
    }

    mutating func random() -> Double {
      let a = Double(next32() >> 5), b = Double(next32() >> 6)
      return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    mutating func getrandbits(_ k: Int) -> BigInt {
      if k <= 32 { return BigInt(next32() >> UInt32(32 - k)) }
      var words: [UInt32] = []
      var left = k
      while left > 0 {
        var r = next32()
        if left < 32 { r >>= UInt32(32 - left) }
        words.append(r)
        left -= 32
      }
      var result = BigInt(0)
      for w in words.reversed() { result = (result << 32) | BigInt(w) }
      return result
    }
  }

  static func make(_ interp: Interpreter) throws -> Value {
    let t = PyType(name: "MT", module: "_random", bases: [interp.types.object], generic: false)
    t.constructor = { interp, cls, _ in .object(PyNativeObject(type: cls, payload: MTState())) }
    func state(_ interp: Interpreter, _ args: CallArguments) throws -> PyNativeObject<MTState> {
      guard case .object(let o) = try args.receiver(interp), let s = o as? PyNativeObject<MTState> else { throw interp.typeError("descriptor requires an 'MT' object") }
      return s
    }
    interp.defineMethod(t, "seed") { interp, args in
      let s = try state(interp, args)
      let v = args.positional[safe: 1] ?? .none
      if v.isNone {
        var g = SystemRandomNumberGenerator()
        s.payload.initByArray((0..<624).map { _ in UInt32.random(in: 0...UInt32.max, using: &g) })
        return .none
      }
      let n = try interp.bigInt(v) ?? BigInt(try interp.hash(v))
      var mag = n.magnitude
      var key: [UInt32] = []
      while mag > 0 {
        key.append(UInt32(truncatingIfNeeded: mag & 0xffff_ffff))
        mag >>= 32
      }
      if key.isEmpty { key = [0] }
      s.payload.initByArray(key)
      return .none
    }
    interp.defineMethod(t, "random") { interp, args in .float(try state(interp, args).payload.random()) }
    interp.defineMethod(t, "getrandbits") { interp, args in
      let s = try state(interp, args)
      guard let v = args.positional[safe: 1], let k = interp.smallInt(v) else { throw interp.typeError("getrandbits needs an int") }
      if k < 0 { throw interp.valueError("number of bits must be non-negative") }
      if k == 0 { return .int(0) }
      return interp.intValue(s.payload.getrandbits(k))
    }
    interp.defineMethod(t, "getstate") { interp, args in
      let s = try state(interp, args)
      return interp.tuple(s.payload.mt.map { .int(Int($0)) } + [.int(s.payload.index)])
    }
    interp.defineMethod(t, "setstate") { interp, args in
      let s = try state(interp, args)
      guard let v = args.positional[safe: 1] else { throw interp.typeError("setstate needs a state") }
      let items = try interp.iterate(v)
      guard items.count == 625 else { throw interp.valueError("state vector is the wrong size") }
      var mt: [UInt32] = []
      for x in items.prefix(624) {
        guard let w = interp.smallInt(x), w >= 0, w <= Int(UInt32.max) else { throw interp.overflowError("Python int too large to convert to C unsigned long") }
        mt.append(UInt32(w))
      }
      guard let idx = items.last.flatMap({ interp.smallInt($0) }), idx >= 0, idx <= 624 else { throw interp.valueError("invalid state") }
      s.payload.mt = mt
      s.payload.index = idx
      return .none
    }
    let m = interp.makeModule("_random", [("MT", .type(t))])
    m.globals["sha512"] = interp.makeFunction("sha512") { interp, args in
      guard case .object(let o)? = args.positional.first, let b = o as? PyBytes else { throw interp.typeError("sha512 needs bytes") }
      return interp.bytesValue(SHA512.hash(b.bytes))
    }
    m.globals["from_bytes"] = interp.makeFunction("from_bytes") { interp, args in
      guard case .object(let o)? = args.positional.first, let b = o as? PyBytes else { throw interp.typeError("from_bytes needs bytes") }
      var r = BigInt(0)
      for byte in b.bytes { r = (r << 8) | BigInt(byte) }
      return interp.intValue(r)
    }
    m.globals["bit_length"] = interp.makeFunction("bit_length") { interp, args in
      guard let v = args.positional.first, let n = interp.bigInt(v) else { throw interp.typeError("bit_length needs an int") }
      return .int(n.magnitude.bitWidth)
    }
    return .object(m)
  }
}

/// SHA-512 (FIPS 180-4), used to seed `random` from str/bytes as CPython 3.11 does.
enum SHA512 {
  static let k: [UInt64] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec, 0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
  ]

  static func hash(_ message: [UInt8]) -> [UInt8] {
    var h: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    var data = message
    data.append(0x80)
    while data.count % 128 != 112 { data.append(0) }
    let bitLength = UInt64(message.count) &* 8
    data.append(contentsOf: [UInt8](repeating: 0, count: 8))
    for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
    func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    var w = [UInt64](repeating: 0, count: 80)
    for chunk in stride(from: 0, to: data.count, by: 128) {
      for i in 0..<16 {
        var v: UInt64 = 0
        for j in 0..<8 { v = (v << 8) | UInt64(data[chunk + i * 8 + j]) }
        w[i] = v
      }
      for i in 16..<80 {
        let s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7)
        let s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6)
        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
      for i in 0..<80 {
        let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
        let ch = (e & f) ^ (~e & g)
        let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
        let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
        let maj = (a & b) ^ (a & c) ^ (b & c)
        let t2 = s0 &+ maj
        hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
      }
      h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
      h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
    }
    var out: [UInt8] = []
    for v in h { for i in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: v >> (UInt64(i) * 8))) } }
    return out
  }
}
