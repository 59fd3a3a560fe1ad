/// Ports of ATen's CPU float summation order (aten/src/ATen/native/cpu/SumKernel.cpp, AVX2 build):
/// `multi_row_sum` (4-level cascade with 16-element steps), `row_sum` (4 interleaved accumulators), and the
/// vectorised inner/outer reductions, emulated one SIMD lane at a time. Integer sums don't depend on order.
enum CascadeSum {
  /// `utils::CeilLog2`.
  static func ceilLog2(_ x: Int) -> Int {
    if x <= 2 { return 1 }
    return (Int.bitWidth - (UInt(x - 1)).leadingZeroBitCount - 1) + 1
  }

  /// One accumulator of `multi_row_sum`: a cascade over `size` values.
  @inline(__always)
  static func cascade<T: BinaryFloatingPoint>(_ size: Int, _ load: (Int) -> T) -> T {
    let levelPower = Swift.max(4, ceilLog2(size) / 4)
    let step = 1 << levelPower
    let mask = step - 1
    var acc: (T, T, T, T) = (0, 0, 0, 0)
    var i = 0
    while i + step <= size {
      for _ in 0..<step {
        acc.0 += load(i)
        i += 1
      }
      acc.1 += acc.0
      acc.0 = 0
      if (i & (mask << levelPower)) == 0 {
        acc.2 += acc.1
        acc.1 = 0
        if (i & (mask << (2 * levelPower))) == 0 {
          acc.3 += acc.2
          acc.2 = 0
        }
      }
    }
    while i < size {
      acc.0 += load(i)
      i += 1
    }
    acc.0 += acc.1
    acc.0 += acc.2
    acc.0 += acc.3
    return acc.0
  }

  /// `row_sum`: four interleaved cascades, the tail into the first, then combined.
  @inline(__always)
  static func rowSum<T: BinaryFloatingPoint>(_ n: Int, _ load: (Int) -> T) -> T {
    let sizeIlp = n / 4
    var p0 = cascade(sizeIlp) { load($0 * 4) }
    let p1 = cascade(sizeIlp) { load($0 * 4 + 1) }
    let p2 = cascade(sizeIlp) { load($0 * 4 + 2) }
    let p3 = cascade(sizeIlp) { load($0 * 4 + 3) }
    var i = sizeIlp * 4
    while i < n {
      p0 += load(i)
      i += 1
    }
    p0 += p1
    p0 += p2
    p0 += p3
    return p0
  }

  /// SIMD lanes per vector for T in the AVX2 build (8 floats, 4 doubles).
  static func lanes<T: BinaryFloatingPoint>(_: T.Type) -> Int { T.self == Float.self ? 8 : 4 }

  /// Sum of one contiguous reduced row (`vectorized_inner_sum` / `scalar_inner_sum`).
  static func innerSum<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ n: Int) -> T {
    let w = lanes(T.self)
    guard n >= w else { return rowSum(n) { x[$0] } }
    let vecSize = n / w
    var final: T = 0
    var k = vecSize * w
    while k < n {
      final += x[k]
      k += 1
    }
    for l in 0..<w { final += rowSum(vecSize) { x[$0 * w + l] } }
    return final
  }

  /// Column sums of a contiguous [rows, cols] block (`vectorized_outer_sum` / `scalar_outer_sum`).
  static func outerSum<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, rows: Int, cols: Int, into out: UnsafeMutablePointer<T>) {
    let w = lanes(T.self)
    let direct = cols >= w ? (cols / (4 * w)) * (4 * w) : (cols / 4) * 4
    for j in 0..<cols {
      if j < direct {
        out[j] = cascade(rows) { x[$0 * cols + j] }
      } else {
        out[j] = rowSum(rows) { x[$0 * cols + j] }
      }
    }
  }
}
