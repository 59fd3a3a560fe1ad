/// A Swift type that can be a tensor element: Float, Double, Int64, Int32, Bool.
public protocol TensorElement: Sendable {
  /// The dtype this Swift type stores.
  static var dtype: DType { get }
  /// Converts from Double with torch's cast rules (no trap on NaN or overflow).
  init(fromDouble d: Double)
  /// Converts from Int64 with torch's cast rules (wrapping for narrower ints).
  init(fromInt64 i: Int64)
  /// The value as Double.
  var doubleValue: Double { get }
  /// The value as Int64 (floats truncated toward zero).
  var int64Value: Int64 { get }
}

extension Float: TensorElement {
  /// The dtype this type stores.
  public static var dtype: DType { .float32 }
  @inline(__always) public init(fromDouble d: Double) { self = Float(d) }
  @inline(__always) public init(fromInt64 i: Int64) { self = Float(i) }
  @inline(__always) public var doubleValue: Double { Double(self) }
  @inline(__always) public var int64Value: Int64 { Int64(clampingDouble: Double(self)) }
}

extension Double: TensorElement {
  /// The dtype this type stores.
  public static var dtype: DType { .float64 }
  @inline(__always) public init(fromDouble d: Double) { self = d }
  @inline(__always) public init(fromInt64 i: Int64) { self = Double(i) }
  @inline(__always) public var doubleValue: Double { self }
  @inline(__always) public var int64Value: Int64 { Int64(clampingDouble: self) }
}

extension Int64: TensorElement {
  /// The dtype this type stores.
  public static var dtype: DType { .int64 }
  @inline(__always) public init(fromDouble d: Double) { self = Int64(clampingDouble: d) }
  @inline(__always) public init(fromInt64 i: Int64) { self = i }
  @inline(__always) public var doubleValue: Double { Double(self) }
  @inline(__always) public var int64Value: Int64 { self }
}

extension Int32: TensorElement {
  /// The dtype this type stores.
  public static var dtype: DType { .int32 }
  @inline(__always) public init(fromDouble d: Double) {
    self = Int32(truncatingIfNeeded: Int64(clampingDouble: d))
  }
  @inline(__always) public init(fromInt64 i: Int64) { self = Int32(truncatingIfNeeded: i) }
  @inline(__always) public var doubleValue: Double { Double(self) }
  @inline(__always) public var int64Value: Int64 { Int64(self) }
}

extension Bool: TensorElement {
  /// The dtype this type stores.
  public static var dtype: DType { .bool }
  @inline(__always) public init(fromDouble d: Double) { self = d != 0 }
  @inline(__always) public init(fromInt64 i: Int64) { self = i != 0 }
  @inline(__always) public var doubleValue: Double { self ? 1 : 0 }
  @inline(__always) public var int64Value: Int64 { self ? 1 : 0 }
}
