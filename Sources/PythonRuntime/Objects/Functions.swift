/// Positional and keyword arguments of one call.
public struct CallArguments {
  public var positional: [Value]
  public var keywords: [(name: String, value: Value)]
  public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }
  @inline(__always) public var count: Int { positional.count }
  /// The keyword argument `name`, if passed.
  public func keyword(_ name: String) -> Value? {
    for k in keywords where k.name == name { return k.value }
    return nil
  }
  /// Positional argument i, or keyword `name`, or nil.
  public func argument(_ i: Int, _ name: String) -> Value? {
    if i < positional.count { return positional[i] }
    return keyword(name)
  }
}

/// A function written in Python (`def` or `lambda`).
public final class PyFunction: PyObject {
  public let code: FunctionCode
  public var defaults: [Value]
  public var keywordDefaults: [String: Value]
  /// Cells of the enclosing scopes' variables this function uses.
  public let closure: [PyCell]
  public let globals: Globals
  public var name: String
  public var qualname: String
  public let dict = PyAttributes()
  public var doc: Value
  public init(type: PyType, code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value], closure: [PyCell], globals: Globals) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    self.globals = globals
    self.name = code.name
    self.qualname = code.qualname
    self.doc = code.docstring.map { .string($0) } ?? .none
    super.init(type: type)
  }
  public override var attributes: PyAttributes? { dict }
}

/// A function implemented in Swift. As a class attribute it behaves as a method (self is passed first).
public final class PyBuiltinFunction: PyObject {
  public let name: String
  public let doc: String?
  /// Signature text shown by inspection, e.g. `(input, hidden=None)`.
  public let signature: String?
  public let body: (Interpreter, CallArguments) throws -> Value
  public init(type: PyType, name: String, signature: String? = nil, doc: String? = nil, body: @escaping (Interpreter, CallArguments) throws -> Value) {
    self.name = name
    self.doc = doc
    self.signature = signature
    self.body = body
    super.init(type: type)
  }
}

/// `obj.method`: a function bound to its first argument.
public final class PyBoundMethod: PyObject {
  public let receiver: Value
  public let function: Value
  public init(type: PyType, receiver: Value, function: Value) {
    self.receiver = receiver
    self.function = function
    super.init(type: type)
  }
}

/// A variable shared between a function and the functions nested in it.
public final class PyCell: PyObject {
  public var value: Value?
  public init(type: PyType, value: Value? = nil) {
    self.value = value
    super.init(type: type)
  }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
  public var getter: Value
  public var setter: Value
  public var deleter: Value
  public var doc: Value
  public init(type: PyType, getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
    self.doc = doc
    super.init(type: type)
  }
}

/// An attribute of a native type computed in Swift (`tensor.shape`, `exc.args`).
public final class PyNativeProperty: PyObject {
  public let name: String
  public let doc: String?
  public let getter: (Interpreter, Value) throws -> Value
  public let setter: ((Interpreter, Value, Value) throws -> Void)?
  public init(type: PyType, name: String, doc: String? = nil, getter: @escaping (Interpreter, Value) throws -> Value, setter: ((Interpreter, Value, Value) throws -> Void)? = nil) {
    self.name = name
    self.doc = doc
    self.getter = getter
    self.setter = setter
    super.init(type: type)
  }
}

/// `staticmethod(f)`.
public final class PyStaticMethod: PyObject {
  public let function: Value
  public init(type: PyType, function: Value) {
    self.function = function
    super.init(type: type)
  }
}

/// `classmethod(f)`.
public final class PyClassMethod: PyObject {
  public let function: Value
  public init(type: PyType, function: Value) {
    self.function = function
    super.init(type: type)
  }
}

/// `super()` / `super(C, obj)`: attribute lookup that starts after `start` in `receiver`'s MRO.
public final class PySuper: PyObject {
  public let start: PyType
  public let receiver: Value
  public let receiverType: PyType
  public init(type: PyType, start: PyType, receiver: Value, receiverType: PyType) {
    self.start = start
    self.receiver = receiver
    self.receiverType = receiverType
    super.init(type: type)
  }
}

/// An iterator implemented in Swift: `next` returns nil when exhausted.
public final class PyNativeIterator: PyObject {
  public let next: () throws -> Value?
  public init(type: PyType, next: @escaping () throws -> Value?) {
    self.next = next
    super.init(type: type)
  }
}

/// Any Swift payload that a native module wants to expose as a Python object of a given type.
public final class PyNativeObject<Payload>: PyObject {
  public var payload: Payload
  public init(type: PyType, payload: Payload) {
    self.payload = payload
    super.init(type: type)
  }
}
