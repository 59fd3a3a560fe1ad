/// A Python list: a mutable sequence of values.
public final class PyList: PyObject {
  public var items: [Value]
  public init(type: PyType, items: [Value]) {
    self.items = items
    super.init(type: type)
  }
}

/// A Python tuple: an immutable sequence of values.
public final class PyTuple: PyObject {
  public let items: [Value]
  public init(type: PyType, items: [Value]) {
    self.items = items
    super.init(type: type)
  }
}

/// A key of a dict or an element of a set: the value with its Python hash, compared with Python's `==`
/// for builtin types (1 == 1.0 == True) and by identity for other objects.
public struct DictKey: Hashable {
  public let value: Value
  public let hash: Int
  public init(value: Value, hash: Int) {
    self.value = value
    self.hash = hash
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  public static func == (a: DictKey, b: DictKey) -> Bool {
    a.hash == b.hash && ValueEquality.builtinEqual(a.value, b.value)
  }
}

/// Python's `==` on builtin values, used where user code cannot run (dict keys).
public enum ValueEquality {
  public static func builtinEqual(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.str(let x), .str(let y)): return x.isEqual(y)
    case (.int(let x), .int(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .bool(let y)), (.bool(let y), .int(let x)): return x == (y ? 1 : 0)
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Double(x) == y && y.isFinite && Double(exactly: x) != nil
    case (.bool(let x), .float(let y)), (.float(let y), .bool(let x)): return (x ? 1.0 : 0.0) == y
    case (.type(let x), .type(let y)): return x === y
    case (.object(let x), .object(let y)):
      if x === y { return true }
      if let tx = x as? PyTuple, let ty = y as? PyTuple {
        guard tx.items.count == ty.items.count else { return false }
        for (p, q) in zip(tx.items, ty.items) where !builtinEqual(p, q) { return false }
        return true
      }
      if let bx = x as? PyBigInt, let by = y as? PyBigInt { return bx.value == by.value }
      if let bx = x as? PyBytes, let by = y as? PyBytes { return bx.bytes == by.bytes }
      if let fx = x as? PyFrozenSet, let fy = y as? PyFrozenSet { return fx.storage.keysEqual(fy.storage) }
      return false
    default: return false
    }
  }
}

/// Insertion-ordered hash storage shared by dict, set and frozenset.
public struct OrderedStorage {
  public private(set) var keys: [DictKey?] = []
  public private(set) var values: [Value] = []
  private var index: [DictKey: Int] = [:]
  public private(set) var count = 0
  public init() {}

  public func find(_ key: DictKey) -> Value? {
    guard let i = index[key] else { return nil }
    return values[i]
  }
  public func contains(_ key: DictKey) -> Bool { index[key] != nil }

  /// Inserts or replaces; returns true when the key is new.
  @discardableResult
  public mutating func set(_ key: DictKey, _ value: Value) -> Bool {
    if let i = index[key] {
      values[i] = value
      return false
    }
    index[key] = keys.count
    keys.append(key)
    values.append(value)
    count += 1
    return true
  }

  /// Removes a key; returns its value if it was there.
  @discardableResult
  public mutating func remove(_ key: DictKey) -> Value? {
    guard let i = index.removeValue(forKey: key) else { return nil }
    let v = values[i]
    keys[i] = nil
    values[i] = .none
    count -= 1
    if keys.count > 32 && count * 2 < keys.count { compact() }
    return v
  }

  public mutating func removeAll() {
    keys = []
    values = []
    index = [:]
    count = 0
  }

  private mutating func compact() {
    var newKeys: [DictKey?] = []
    var newValues: [Value] = []
    var newIndex: [DictKey: Int] = [:]
    for (i, k) in keys.enumerated() {
      guard let k else { continue }
      newIndex[k] = newKeys.count
      newKeys.append(k)
      newValues.append(values[i])
    }
    keys = newKeys
    values = newValues
    index = newIndex
  }

  /// Live entries in insertion order.
  public var entries: [(key: Value, value: Value)] {
    var out: [(key: Value, value: Value)] = []
    out.reserveCapacity(count)
    for (i, k) in keys.enumerated() {
      if let k { out.append((k.value, values[i])) }
    }
    return out
  }
  public var liveKeys: [DictKey] { keys.compactMap { $0 } }

  /// The most recently inserted live entry (for popitem).
  public var last: (DictKey, Value)? {
    for i in stride(from: keys.count - 1, through: 0, by: -1) {
      if let k = keys[i] { return (k, values[i]) }
    }
    return nil
  }

  func keysEqual(_ other: OrderedStorage) -> Bool {
    guard count == other.count else { return false }
    for k in liveKeys where !other.contains(k) { return false }
    return true
  }
}

/// A Python dict (insertion-ordered). Subclasses such as defaultdict add behaviour through `missing`.
public final class PyDict: PyObject {
  public var storage = OrderedStorage()
  /// `defaultdict`'s factory, if any.
  public var defaultFactory: Value?
  public override init(type: PyType) { super.init(type: type) }
}

/// A Python set.
public final class PySet: PyObject {
  public var storage = OrderedStorage()
  public override init(type: PyType) { super.init(type: type) }
}

/// A Python frozenset.
public final class PyFrozenSet: PyObject {
  public var storage = OrderedStorage()
  public override init(type: PyType) { super.init(type: type) }
}

/// A Python int too large for 64 bits.
public final class PyBigInt: PyObject {
  public let value: BigIntValue
  public init(type: PyType, value: BigIntValue) {
    self.value = value
    super.init(type: type)
  }
}

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
  public let start: Int, stop: Int, step: Int
  public init(type: PyType, start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: type)
  }
  /// Number of elements.
  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
  public let start: Value, stop: Value, step: Value
  public init(type: PyType, start: Value, stop: Value, step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: type)
  }
}

/// Python bytes.
public final class PyBytes: PyObject {
  public let bytes: [UInt8]
  public init(type: PyType, bytes: [UInt8]) {
    self.bytes = bytes
    super.init(type: type)
  }
}

/// An instance of a user-defined class (and of exception classes): attributes in a dictionary.
public final class PyInstance: PyObject {
  public let dict = PyAttributes()
  /// Set for instances of exception classes.
  public var exception: ExceptionState?
  /// Native payload for instances of user subclasses of native types (e.g. a dict subclass).
  public var native: PyObject?
  public override init(type: PyType) {
    super.init(type: type)
    if type.isException { exception = ExceptionState() }
  }
  public override var attributes: PyAttributes? { dict }
}

/// The exception-specific state of an exception instance.
public final class ExceptionState {
  public var args: [Value] = []
  public var cause: Value = .none
  public var context: Value = .none
  public var suppressContext = false
  /// Frames the exception passed through, innermost last (as CPython prints them).
  public var traceback: [TracebackEntry] = []
  /// Where the exception surfaced in the frame it is passing through now (the innermost expression
  /// that failed); moved into that frame's traceback entry when the frame records it.
  public var position: SourceRange?
  /// The frame whose entry was added last, so a re-raise in the same frame does not add it twice.
  public var recordedFrame: ObjectIdentifier?
  public init() {}
}

/// The source range of a failing expression, for CPython 3.11's caret lines (columns in code points).
public struct SourceRange: Sendable {
  public enum Anchor: Sendable {
    case none
    /// A binary operation: where the left operand ends and the right one starts.
    case binary(leftEnd: Int, rightStart: Int)
    /// A subscript: where the value ends and the index ends.
    case `subscript`(valueEnd: Int, indexEnd: Int)
  }
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var anchor: Anchor
  public init(line: Int, column: Int, endLine: Int, endColumn: Int, anchor: Anchor = .none) {
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.anchor = anchor
  }
}

/// One line of a traceback.
public struct TracebackEntry: Sendable {
  public var filename: String
  public var line: Int
  public var function: String
  /// The failing expression's range, when known (CPython's caret line).
  public var range: SourceRange?
  public init(filename: String, line: Int, function: String, range: SourceRange? = nil) {
    self.filename = filename
    self.line = line
    self.function = function
    self.range = range
  }
}

/// A module object: a namespace of globals.
public final class PyModule: PyObject {
  public let name: String
  public let globals: Globals
  public init(type: PyType, name: String, globals: Globals = Globals()) {
    self.name = name
    self.globals = globals
    super.init(type: type)
  }
}

/// A module's global variables: one box per name, so compiled code holds the box and reads it directly.
public final class Globals {
  public private(set) var order: [String] = []
  private var slots: [String: GlobalSlot] = [:]
  public init() {}
  /// The slot for `name`, created empty if missing.
  public func slot(_ name: String) -> GlobalSlot {
    if let s = slots[name] { return s }
    let s = GlobalSlot(name: name)
    slots[name] = s
    order.append(name)
    return s
  }
  public subscript(name: String) -> Value? {
    get { slots[name]?.value }
    set { slot(name).value = newValue }
  }
  /// Bound names in definition order.
  public var items: [(String, Value)] { order.compactMap { n in slots[n]?.value.map { (n, $0) } } }
}

/// The box of one global variable.
public final class GlobalSlot {
  public let name: String
  public var value: Value?
  init(name: String) { self.name = name }
}

extension OrderedStorage {
  /// The keys in the order CPython's set hash table would iterate them (sets of small ints print as
  /// `{0, 9, 4, 1}`): the live keys are inserted, in insertion order, into a simulated setobject.c table.
  public var cpythonSetOrder: [DictKey] {
    let live = liveKeys
    if live.count <= 1 { return live }
    let linearProbes = 9
    var table = [Int](repeating: -1, count: 8)  // indices into `live`
    var fill = 0
    func insert(_ k: Int, into table: inout [Int]) {
      let mask = table.count - 1
      let hash = UInt(bitPattern: live[k].hash)
      var perturb = hash
      var i = Int(hash & UInt(mask))
      while true {
        if table[i] < 0 {
          table[i] = k
          return
        }
        if i + linearProbes <= mask {
          for j in 1...linearProbes where table[i + j] < 0 {
            table[i + j] = k
            return
          }
        }
        perturb >>= 5
        i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
      }
    }
    for k in live.indices {
      insert(k, into: &table)
      fill += 1
      let mask = table.count - 1
      if fill * 5 >= mask * 3 {
        let minUsed = fill > 50000 ? fill * 2 : fill * 4
        var size = 8
        while size <= minUsed { size <<= 1 }
        var newTable = [Int](repeating: -1, count: size)
        for old in table where old >= 0 { insert(old, into: &newTable) }
        table = newTable
      }
    }
    return table.compactMap { $0 >= 0 ? live[$0] : nil }
  }
}
