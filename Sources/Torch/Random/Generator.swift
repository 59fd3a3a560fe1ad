/// Which ATen CPU kernel build to imitate; it decides FMA use and the float32 normal math library (torch-rng.md §0).
public enum CPUCapability: Sendable {
  /// AVX2 (the reference target): FMA-fused uniform/normal, Cephes log/sincos for float32 normal_ with numel ≥ 16.
  case avx2
  /// `ATEN_CPU_CAPABILITY=default`: no FMA contraction, glibc logf/cosf/sinf.
  case defaultCapability
  /// AVX-512: FMA-fused, glibc logf/cosf/sinf (untested against torch).
  case avx512

  var fused: Bool { self != .defaultCapability }
}

/// torch's CPU generator (`at::CPUGeneratorImpl`): mt19937 plus the double normal cache, bit-for-bit.
public final class Generator {
  static let stateSize = 624
  var state: [UInt32]
  var left: Int = 1
  var next: Int = 0
  var seedValue: UInt64 = 0
  /// The cached second Box–Muller value of the scalar normal path.
  var nextDoubleNormal: Double?
  /// The float cache that CPU kernels never use (kept for the state bytes).
  var nextFloatNormal: Float?
  /// The kernel build being imitated.
  public var capability: CPUCapability

  /// torch's default generator seed at start-up.
  public static let defaultSeed: UInt64 = 67_280_421_310_721

  /// Makes a generator seeded with `seed` (torch's start-up seed by default).
  public init(seed: UInt64 = Generator.defaultSeed, capability: CPUCapability = .avx2) {
    self.state = [UInt32](repeating: 0, count: Generator.stateSize)
    self.capability = capability
    manualSeed(seed)
  }

  /// `torch.manual_seed(s)` for a non-negative seed; only the low 32 bits reach the engine.
  public func manualSeed(_ seed: UInt64) {
    seedValue = seed
    state[0] = UInt32(truncatingIfNeeded: seed)
    for j in 1..<Generator.stateSize {
      let p = state[j - 1]
      state[j] = 1_812_433_253 &* (p ^ (p >> 30)) &+ UInt32(truncatingIfNeeded: j)
    }
    left = 1
    next = 0
    nextDoubleNormal = nil
    nextFloatNormal = nil
  }

  /// `torch.manual_seed(s)` for any Python int seed in Int64 range (negative s means s + 2**64).
  public func manualSeed(_ seed: Int64) { manualSeed(UInt64(bitPattern: seed)) }

  /// `torch.initial_seed()`.
  public var initialSeed: UInt64 { seedValue }

  private func nextState() {
    left = Generator.stateSize
    next = 0
    state.withUnsafeMutableBufferPointer { s in
      @inline(__always) func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
        (((u & 0x8000_0000) | (v & 0x7fff_ffff)) >> 1) ^ ((v & 1) != 0 ? 0x9908_b0df : 0)
      }
      for i in 0..<227 { s[i] = s[i + 397] ^ twist(s[i], s[i + 1]) }
      for i in 227..<623 { s[i] = s[i - 227] ^ twist(s[i], s[i + 1]) }
      s[623] = s[396] ^ twist(s[623], s[0])
    }
  }

  /// One 32-bit draw (the engine's operator()).
  @inline(__always) public func random() -> UInt32 {
    left -= 1
    if left == 0 { nextState() }
    var y = state[next]
    next += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// One 64-bit draw: the first 32-bit draw is the high word.
  @inline(__always) public func random64() -> UInt64 {
    let hi = UInt64(random())
    let lo = UInt64(random())
    return (hi << 32) | lo
  }

  /// A float32 uniform in [0, 1) from the low 24 bits of one draw.
  @inline(__always) func uniformFloat() -> Float {
    Float(random() & 0x00ff_ffff) * Float(1.0 / 16_777_216.0)
  }

  /// A float64 uniform in [0, 1) from the low 53 bits of one 64-bit draw.
  @inline(__always) func uniformDouble() -> Double {
    Double(random64() & ((1 << 53) - 1)) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `torch.get_rng_state()`: the 5056-byte little-endian state struct.
  public func getState() -> [UInt8] {
    var b: [UInt8] = []
    b.reserveCapacity(5056)
    func put<T: FixedWidthInteger>(_ v: T) {
      var x = v.littleEndian
      withUnsafeBytes(of: &x) { b.append(contentsOf: $0) }
    }
    put(seedValue)
    put(Int32(truncatingIfNeeded: left))
    put(Int32(1))
    put(UInt64(next))
    for w in state { put(UInt64(w)) }
    put(UInt64(0))
    put((nextDoubleNormal ?? 0).bitPattern)
    put(UInt64(0))
    put(Int32(nextDoubleNormal == nil ? 0 : 1))
    put(Int32(0))
    put((nextFloatNormal ?? 0).bitPattern)
    put(UInt8(nextFloatNormal == nil ? 0 : 1))
    b.append(contentsOf: [0, 0, 0])
    return b
  }

  /// `torch.set_rng_state(bytes)`: restores a state made by `getState()`.
  public func setState(_ bytes: [UInt8]) throws {
    guard bytes.count == 5056 else {
      throw TorchError.runtime("Expected either a THGeneratorState of size 5048 or a THGeneratorStateNew of size 5056 but found the input RNG state size to be \(bytes.count)")
    }
    func get<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T {
      var v: T = 0
      for k in 0..<MemoryLayout<T>.size { v |= T(truncatingIfNeeded: bytes[at + k]) << (8 * k) }
      return v
    }
    let newLeft = Int(get(8, Int32.self))
    let newNext = Int(get(16, UInt64.self) & 0xffff)
    guard newLeft >= 1, newLeft <= 624, newNext <= 624, newLeft == 1 || newLeft + newNext == 625 else {
      throw TorchError.runtime("The RNG state is corrupted")
    }
    seedValue = get(0, UInt64.self)
    left = newLeft
    next = newNext
    for i in 0..<624 { state[i] = UInt32(truncatingIfNeeded: get(24 + 8 * i, UInt64.self)) }
    let base = 24 + 8 * 624
    let dn = Double(bitPattern: get(base + 8, UInt64.self))
    nextDoubleNormal = get(base + 24, Int32.self) != 0 ? dn : nil
    let fn = Float(bitPattern: get(base + 32, UInt32.self))
    nextFloatNormal = bytes[base + 36] != 0 ? fn : nil
  }
}
