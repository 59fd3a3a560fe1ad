extension Interpreter {
  /// The Python class of a value (`type(v)`).
  @inline(__always) public func typeOf(_ v: Value) -> PyType {
    switch v {
    case .none: return types.none
    case .bool: return types.bool
    case .int: return types.int
    case .float: return types.float
    case .str: return types.str
    case .type: return types.type
    case .object(let o): return o.type
    }
  }

  /// The name of a value's class, as error messages show it (`'int'`, `'NoneType'`).
  public func typeName(_ v: Value) -> String { typeOf(v).name }

  /// Creates an exception instance of `type` with the given message (or no args when nil).
  public func makeException(_ type: PyType, _ message: String?) -> PyInstance {
    let inst = PyInstance(type: type)
    if inst.exception == nil { inst.exception = ExceptionState() }
    if let message { inst.exception?.args = [.string(message)] }
    return inst
  }

  /// A Python exception ready to throw: `throw interp.error(types.typeError, "...")`.
  public func error(_ type: PyType, _ message: String?) -> PyError {
    PyError(makeException(type, message))
  }

  /// Adds `frame`'s line to the exception's traceback (once per pass through the frame), with the
  /// position of the failing expression noted on the way out.
  func recordFrame(_ error: PyError, _ frame: Frame, filename: String, function: String) {
    guard let state = error.exception.exception else { return }
    let id = ObjectIdentifier(frame)
    let position = state.position
    state.position = nil
    if state.recordedFrame == id { return }
    state.recordedFrame = id
    state.traceback.insert(TracebackEntry(filename: filename, line: position?.line ?? frame.line, function: function, range: position), at: 0)
  }

  /// Counts one level of native recursion (comparisons, reprs, operator dunders) against the recursion
  /// limit, as CPython's Py_EnterRecursiveCall does; the caller must `defer { depth -= 1 }`.
  @inline(__always) func enterRecursion(_ suffix: String) throws {
    depth += 1
    if depth > recursionLimit || Self.stackPointer() < stackFloor {
      depth -= 1
      throw error(types.recursionError, "maximum recursion depth exceeded" + suffix)
    }
  }

  /// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a FileNotFoundError).
  func osErrorSubclass(_ errno: Int) -> PyType? {
    switch errno {
    case 2: return types.fileNotFoundError
    case 17: return types.fileExistsError
    case 1, 13: return types.permissionError
    case 21: return types.isADirectoryError
    case 20: return types.notADirectoryError
    case 110: return types.timeoutError
    default: return nil
    }
  }

  /// `NameError: name 'x' is not defined`, with its `name` attribute.
  public func nameError(_ name: String) -> PyError {
    let e = error(types.nameError, "name '\(name)' is not defined")
    e.exception.dict["name"] = .string(name)
    return e
  }

  public func typeError(_ message: String) -> PyError { error(types.typeError, message) }
  public func valueError(_ message: String) -> PyError { error(types.valueError, message) }
  public func indexError(_ message: String) -> PyError { error(types.indexError, message) }
  public func attributeError(_ message: String) -> PyError { error(types.attributeError, message) }
  public func runtimeError(_ message: String) -> PyError { error(types.runtimeError, message) }
  public func overflowError(_ message: String) -> PyError { error(types.overflowError, message) }
  public func zeroDivision(_ message: String) -> PyError { error(types.zeroDivisionError, message) }
  public func notImplemented(_ message: String) -> PyError { error(types.notImplementedError, message) }

  /// KeyError carries the key itself as its argument (its str is the key's repr).
  public func keyError(_ key: Value) -> PyError {
    let inst = makeException(types.keyError, nil)
    inst.exception?.args = [key]
    return PyError(inst)
  }

  /// `str(exc)`: the message line of an exception.
  public func exceptionMessage(_ exc: PyInstance, ignoringCustomStr: Bool = false) -> String {
    if !ignoringCustomStr, let custom = exc.type.lookup("__str__"), case .object(let f) = custom,
      f is PyFunction || (f as? PyBuiltinFunction).map({ !$0.name.hasPrefix("BaseException.") && !$0.name.hasPrefix("object.") }) ?? false
    {
      if let s = try? call(custom, [.object(exc)]), case .str(let text) = s { return text.value }
    }
    let args = exc.exception?.args ?? []
    if exc.type.isSubtype(of: types.syntaxError), case .str(let msg)? = exc.dict["msg"] {
      var where_: [String] = []
      if case .str(let f)? = exc.dict["filename"] { where_.append(String(f.value.split(separator: "/").last ?? "")) }
      if let n = exc.dict["lineno"].flatMap({ smallInt($0) }) { where_.append("line \(n)") }
      if where_.isEmpty { return msg.value }
      return msg.value + " (" + where_.joined(separator: ", ") + ")"
    }
    if exc.type.isSubtype(of: types.keyError), args.count == 1 {
      return (try? repr(args[0])) ?? "?"
    }
    switch args.count {
    case 0: return ""
    case 1: return (try? str(args[0])) ?? "?"
    default: return (try? repr(.object(PyTuple(type: types.tuple, items: args)))) ?? "?"
    }
  }
}
