/// A Python value. Small immutable scalars are stored inline; everything else is one class reference,
/// so a Value is at most 9 bytes of payload (see "Interpreter speed" in the README's design section).
public enum Value {
  case none
  case bool(Bool)
  /// An int that fits in 64 bits; larger ints are `PyBigInt` objects (see `PyInt`).
  case int(Int)
  case float(Double)
  case str(PyStr)
  /// A class (builtin or user-defined). `type(cls)` is the interpreter's `type`.
  case type(PyType)
  case object(PyObject)

  /// The Python `True` / `False` for a Swift Bool.
  @inline(__always) public static func of(_ b: Bool) -> Value { .bool(b) }
  /// A str value.
  @inline(__always) public static func string(_ s: String) -> Value { .str(PyStr(s)) }

  /// The object reference, if this value is an object.
  @inline(__always) public var asObject: PyObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// True when both values are the same object (Python `is`).
  public func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.str(let a), .str(let b)): return a.isEqual(b)
    case (.object(let a), .object(let b)): return a === b
    case (.type(let a), .type(let b)): return a === b
    default: return false
    }
  }

  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}

/// Base class of every heap Python object other than str: instances, lists, dicts, functions, types,
/// modules, native objects such as tensors. `type` is the object's Python class.
open class PyObject {
  /// The object's Python class (`type(obj)`).
  public final var type: PyType
  public init(type: PyType) { self.type = type }
  /// Attributes stored on the object itself (`obj.__dict__`), when the object has any.
  open var attributes: PyAttributes? { nil }
}

/// An attribute dictionary (`__dict__`) that keeps insertion order, as Python's does.
public final class PyAttributes {
  public private(set) var keys: [String] = []
  private var storage: [String: Value] = [:]
  public init() {}
  public subscript(name: String) -> Value? {
    get { storage[name] }
    set {
      if let v = newValue {
        if storage.updateValue(v, forKey: name) == nil { keys.append(name) }
      } else if storage.removeValue(forKey: name) != nil {
        keys.removeAll { $0 == name }
      }
    }
  }
  public var count: Int { storage.count }
  /// Name/value pairs in insertion order.
  public var items: [(String, Value)] { keys.compactMap { k in storage[k].map { (k, $0) } } }
}

/// A Python str: immutable Unicode text, indexed by code point.
public final class PyStr {
  public let value: String
  private var scalarCache: [Unicode.Scalar]?
  private var hashCache: Int?
  public init(_ value: String) { self.value = value }
  /// The code points of the string (cached), for indexing and slicing.
  public var scalars: [Unicode.Scalar] {
    if let s = scalarCache { return s }
    let s = Array(value.unicodeScalars)
    scalarCache = s
    return s
  }
  /// `len(s)`: the number of code points.
  public var count: Int {
    if let s = scalarCache { return s.count }
    return value.unicodeScalars.count
  }
  /// A stable hash of the text (Python's is randomised per process; ours is deterministic).
  public var pyHash: Int {
    if let h = hashCache { return h }
    var h: UInt64 = 14695981039346656037
    for b in value.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
    var r = Int(truncatingIfNeeded: h)
    if r == -1 { r = -2 }
    hashCache = r
    return r
  }
}

extension PyStr {
  /// Python's str equality: the same code points (Swift's `==` would also equate canonically equivalent text).
  @inline(__always) public func isEqual(_ other: PyStr) -> Bool {
    if self === other { return true }
    let a = value.utf8, b = other.value.utf8
    return a.count == b.count && a.elementsEqual(b)
  }
}
