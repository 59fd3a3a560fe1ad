/// A tensor element type, named as torch names it (`torch.float32`, ...).
public enum DType: Int, Sendable, CaseIterable, CustomStringConvertible {
  case bool, int32, int64, float32, float64

  /// `torch.float32`, `torch.int64`, ... as `repr(dtype)` prints it.
  public var description: String { "torch.\(name)" }

  /// The bare name: `float32`, `int64`, `bool`, ...
  public var name: String {
    switch self {
    case .bool: return "bool"
    case .int32: return "int32"
    case .int64: return "int64"
    case .float32: return "float32"
    case .float64: return "float64"
    }
  }

  /// Looks up a dtype by its torch name (`float32`, `float`, `double`, `long`, `int`, `bool`, with or without `torch.`).
  public init?(name: String) {
    var n = Substring(name)
    if n.hasPrefix("torch.") { n = n.dropFirst(6) }
    switch n {
    case "float32", "float": self = .float32
    case "float64", "double": self = .float64
    case "int64", "long": self = .int64
    case "int32", "int": self = .int32
    case "bool": self = .bool
    default: return nil
    }
  }

  /// The C++ scalar type name torch uses in some messages: Float, Double, Long, Int, Bool.
  public var legacyName: String {
    switch self {
    case .bool: return "Bool"
    case .int32: return "Int"
    case .int64: return "Long"
    case .float32: return "Float"
    case .float64: return "Double"
    }
  }

  /// torch.can_cast(self, to): no float → integer and no non-bool → bool.
  public func canCast(to other: DType) -> Bool {
    if isFloatingPoint && !other.isFloatingPoint { return false }
    if self != .bool && other == .bool { return false }
    return true
  }

  /// Bytes per element.
  public var itemSize: Int {
    switch self {
    case .bool: return 1
    case .int32: return 4
    case .int64, .float64: return 8
    case .float32: return 4
    }
  }

  /// True for float32 and float64.
  public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
  /// True for int32 and int64 (not bool).
  public var isInteger: Bool { self == .int32 || self == .int64 }

  /// Category used by torch's type promotion: bool < integer < floating.
  var category: Int { self == .bool ? 0 : (isInteger ? 1 : 2) }

  /// torch.promote_types for two tensor dtypes.
  public static func promote(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    if a.category != b.category { return a.category > b.category ? a : b }
    return a.rawValue > b.rawValue ? a : b
  }
}

/// A Python scalar operand (`2`, `2.5`, `True`), which takes part in type promotion more weakly than a tensor.
public enum Scalar: Sendable, Equatable, CustomStringConvertible, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
  case bool(Bool)
  case int(Int64)
  case float(Double)

  /// A Python int literal.
  public init(integerLiteral value: Int64) { self = .int(value) }
  /// A Python float literal.
  public init(floatLiteral value: Double) { self = .float(value) }
  /// A Python bool literal.
  public init(booleanLiteral value: Bool) { self = .bool(value) }

  /// The value as a Double.
  public var doubleValue: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    }
  }

  /// The value as an Int64 (floats truncated toward zero, non-finite become Int64.min like torch's cast).
  public var int64Value: Int64 {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    case .float(let d): return Int64(clampingDouble: d)
    }
  }

  /// Python's `str()` of the scalar.
  public var description: String {
    switch self {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return PyFormat.floatRepr(d)
    }
  }

  var category: Int {
    switch self {
    case .bool: return 0
    case .int: return 1
    case .float: return 2
    }
  }

  /// The result dtype of `tensor op scalar` (torch's wrapped-number promotion).
  func promoted(with t: DType, defaultFloat: DType) -> DType {
    if category <= t.category { return t }
    return category == 2 ? defaultFloat : .int64
  }
}

extension Int64 {
  /// Converts like a C cast in torch, without trapping: NaN/inf/out-of-range give Int64.min.
  init(clampingDouble d: Double) {
    if d.isFinite && d > -9.223372036854775808e18 && d < 9.223372036854775808e18 {
      self = Int64(d)
    } else {
      self = Int64.min
    }
  }
}
