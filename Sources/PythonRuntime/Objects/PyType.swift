/// A Python class: builtin (`int`, `list`, `Tensor`) or defined by a `class` statement.
/// Holds its namespace, bases and method resolution order (C3), and native hooks for builtin types.
public final class PyType {
  public let name: String
  /// Dotted module name shown in reprs (`torch.nn.modules.rnn`), or "builtins".
  public var module: String
  public var qualname: String
  public private(set) var bases: [PyType]
  /// Method resolution order, starting with this type.
  public private(set) var mro: [PyType] = []
  /// The class namespace (`cls.__dict__`).
  public let dict = PyAttributes()
  /// For builtin types: how `T(args)` builds a value. User classes leave it nil and get `__init__`.
  public var constructor: ((Interpreter, PyType, CallArguments) throws -> Value)?
  /// True for types whose instances are `PyInstance` (user classes and exceptions).
  public let instancesAreGeneric: Bool
  /// True when this type is BaseException or derives from it.
  public private(set) var isException: Bool
  /// Cached `__init__` lookup (invalidated when the class namespace changes).
  var initCache: Value??

  /// Creates a type with the given bases (its MRO is computed here; see `make` for user classes,
  /// which reports an inconsistent MRO as TypeError).
  public init(name: String, module: String = "builtins", bases: [PyType], generic: Bool = true) {
    self.name = name
    self.module = module
    self.qualname = name
    self.bases = bases
    self.instancesAreGeneric = generic
    self.isException = bases.contains { $0.isException }
    if let m = try? Self.linearize(self) { mro = m } else { mro = [self] + bases }
  }

  /// Marks this type as the root exception class (BaseException).
  func markAsExceptionRoot() { isException = true }

  /// Recomputes the MRO after `__bases__` changes.
  func setBases(_ newBases: [PyType]) throws {
    bases = newBases
    mro = try Self.linearize(self)
  }

  /// Finds `name` along the MRO.
  @inline(__always) public func lookup(_ name: String) -> Value? {
    for t in mro {
      if let v = t.dict[name] { return v }
    }
    return nil
  }

  /// True if `self` is `other` or a subclass of it.
  public func isSubtype(of other: PyType) -> Bool {
    if self === other { return true }
    for t in mro where t === other { return true }
    return false
  }

  /// C3 linearisation, as CPython computes `__mro__`.
  static func linearize(_ cls: PyType) throws -> [PyType] {
    var sequences: [[PyType]] = cls.bases.map { $0.mro } + [cls.bases]
    var result: [PyType] = [cls]
    while true {
      sequences = sequences.filter { !$0.isEmpty }
      if sequences.isEmpty { return result }
      var candidate: PyType?
      for seq in sequences {
        guard let head = seq.first else { continue }
        let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
        if !inTail {
          candidate = head
          break
        }
      }
      guard let next = candidate else {
        let names = cls.bases.map { $0.name }.joined(separator: ", ")
        throw MROError(message: "Cannot create a consistent method resolution order (MRO) for bases \(names)")
      }
      result.append(next)
      sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
    }
  }
}

/// Raised while building a class whose bases have no consistent MRO.
struct MROError: Error { let message: String }

