extension Interpreter {
  /// Calls any callable with positional arguments.
  @inline(__always) public func call(_ callee: Value, _ positional: [Value]) throws -> Value {
    try call(callee, CallArguments(positional))
  }

  /// Calls any callable: functions, builtins, bound methods, classes, objects with `__call__`.
  public func call(_ callee: Value, _ args: CallArguments) throws -> Value {
    switch callee {
    case .object(let o):
      if let f = o as? PyFunction { return try invoke(f, args) }
      if let b = o as? PyBuiltinFunction { return try b.body(self, args) }
      if let m = o as? PyBoundMethod {
        var a = args
        a.positional.insert(m.receiver, at: 0)
        return try call(m.function, a)
      }
      if let call = o.type.lookup("__call__") {
        var a = args
        a.positional.insert(callee, at: 0)
        return try self.call(call, a)
      }
      throw typeError("'\(o.type.name)' object is not callable")
    case .type(let t):
      return try construct(t, args)
    default:
      throw typeError("'\(typeName(callee))' object is not callable")
    }
  }

  /// Calls `obj.name(args)` without creating a bound method object.
  public func callMethod(_ receiver: Value, _ name: String, _ args: CallArguments) throws -> Value {
    let t = typeOf(receiver)
    if case .object(let o) = receiver {
      if o is PySuper || o is PyModule { return try call(try getAttribute(receiver, name), args) }
      if let attrs = o.attributes, let own = attrs[name] { return try call(own, args) }
    }
    if case .type = receiver {
      return try call(try getAttribute(receiver, name), args)
    }
    if let attr = t.lookup(name) {
      if case .object(let fo) = attr {
        if fo is PyFunction || fo is PyBuiltinFunction {
          var a = args
          a.positional.insert(receiver, at: 0)
          return try call(attr, a)
        }
      }
    }
    return try call(try getAttribute(receiver, name), args)
  }

  /// `obj.name` for a call (CPython's LOAD_METHOD): a plain function of the class comes back with
  /// `prependReceiver` set instead of as a new bound-method object.
  public func lookupMethod(_ receiver: Value, _ name: String) throws -> (callee: Value, prependReceiver: Bool) {
    if case .object(let o) = receiver {
      if o is PySuper || o is PyModule { return (try getAttribute(receiver, name), false) }
      if let attrs = o.attributes, let own = attrs[name] { return (own, false) }
    } else if case .type = receiver {
      return (try getAttribute(receiver, name), false)
    }
    if let attr = typeOf(receiver).lookup(name), case .object(let fo) = attr, fo is PyFunction || fo is PyBuiltinFunction {
      return (attr, true)
    }
    return (try getAttribute(receiver, name), false)
  }

  /// Calls `obj.name(positional...)`.
  @inline(__always) public func callMethod(_ receiver: Value, _ name: String, _ positional: [Value] = []) throws -> Value {
    try callMethod(receiver, name, CallArguments(positional))
  }

  /// Creates an instance: a builtin type's constructor, or a user class's `__new__`/`__init__`.
  public func construct(_ t: PyType, _ args: CallArguments) throws -> Value {
    if let ctor = t.constructor { return try ctor(self, t, args) }
    // A user class deriving from a builtin type with a constructor (e.g. dict, Exception) lets that base build.
    for base in t.mro.dropFirst() {
      if let ctor = base.constructor, !base.instancesAreGeneric {
        let made = try ctor(self, t, args)
        try runInit(t, made, args)
        return made
      }
    }
    if let newFn = t.lookup("__new__"), case .object(let nf) = newFn, nf is PyFunction || nf is PyStaticMethod {
      let fn: Value = (nf as? PyStaticMethod)?.function ?? newFn
      var a = args
      a.positional.insert(.type(t), at: 0)
      let made = try call(fn, a)
      if typeOf(made).isSubtype(of: t) { try runInit(t, made, args) }
      return made
    }
    if t === types.object {
      if !args.positional.isEmpty || !args.keywords.isEmpty { throw typeError("object() takes no arguments") }
      return .object(PyObject(type: t))
    }
    var t = t
    if t === types.osError, args.positional.count >= 2, let errno = smallInt(args.positional[0]), let sub = osErrorSubclass(errno) { t = sub }
    let inst = PyInstance(type: t)
    if t.isException { inst.exception?.args = args.positional }
    let v = Value.object(inst)
    try runInit(t, v, args)
    return v
  }

  private func runInit(_ t: PyType, _ instance: Value, _ args: CallArguments) throws {
    let initFn: Value?
    if let cached = t.initCache {
      initFn = cached
    } else {
      initFn = t.lookup("__init__")
      t.initCache = .some(initFn)
    }
    guard let initFn else {
      if !args.positional.isEmpty || !args.keywords.isEmpty, !t.isException {
        throw typeError("\(t.name)() takes no arguments")
      }
      return
    }
    var a = args
    a.positional.insert(instance, at: 0)
    let r = try call(initFn, a)
    if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
  }

  /// Runs a Python function: binds arguments into a new frame and executes the body.
  public func invoke(_ f: PyFunction, _ args: CallArguments) throws -> Value {
    let code = f.code
    var cells = ContiguousArray<PyCell>()
    if code.ownCellCount > 0 || !f.closure.isEmpty {
      cells.reserveCapacity(code.ownCellCount + f.closure.count)
      for _ in 0..<code.ownCellCount { cells.append(PyCell(type: types.cell)) }
      cells.append(contentsOf: f.closure)
    }
    let frame = Frame(slotCount: code.slotCount, cells: cells, globals: f.globals, code: code)
    try bindArguments(f, args, into: frame)
    for (slot, cell) in code.parameterCells {
      if let v = frame.slots[slot] { frame.cells[cell].value = v }
    }
    if code.isGenerator { return makeGenerator(frame: frame, code: code) }
    return try run(frame: frame, code: code)
  }

  /// Executes a prepared frame with recursion and interrupt checks, recording the traceback on error.
  func run(frame: Frame, code: FunctionCode) throws -> Value {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || Self.stackPointer() < stackFloor {
      throw error(types.recursionError, "maximum recursion depth exceeded")
    }
    if interrupt.isSet { try checkInterrupt() }
    do {
      _ = try code.body(frame)
    } catch let e as PyError {
      recordFrame(e, frame, filename: code.filename, function: code.name)
      throw e
    }
    return frame.returnValue
  }

  /// CPython's argument binding, with its error messages.
  func bindArguments(_ f: PyFunction, _ args: CallArguments, into frame: Frame) throws {
    let code = f.code
    let n = code.positionalCount
    let given = args.positional.count
    // Fast path: exact positional call.
    if given == n && args.keywords.isEmpty && !code.hasVarargs && !code.hasKwargs && code.keywordOnlyCount == 0 {
      for i in 0..<n { frame.slots[i] = args.positional[i] }
      return
    }
    let fname = f.qualname
    if given > n && !code.hasVarargs {
      let takes: String
      let minimum = n - f.defaults.count
      if f.defaults.isEmpty || minimum == n {
        takes = "\(n) positional argument\(n == 1 ? "" : "s")"
      } else {
        takes = "from \(minimum) to \(n) positional arguments"
      }
      throw typeError("\(fname)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }
    for i in 0..<min(given, n) { frame.slots[i] = args.positional[i] }
    var slot = n
    if code.hasVarargs {
      let extra = given > n ? Array(args.positional[n...]) : []
      frame.slots[slot] = .object(PyTuple(type: types.tuple, items: extra))
      slot += 1
    }
    let kwOnlyStart = slot
    slot += code.keywordOnlyCount
    var kwargsDict: PyDict?
    if code.hasKwargs {
      let d = PyDict(type: types.dict)
      kwargsDict = d
      frame.slots[slot] = .object(d)
    }
    for (name, value) in args.keywords {
      var target: Int?
      for i in code.positionalOnlyCount..<n where code.parameterNames[i] == name { target = i }
      if target == nil {
        for i in 0..<code.keywordOnlyCount where code.parameterNames[kwOnlyStart + i] == name { target = kwOnlyStart + i }
      }
      if let t = target {
        if frame.slots[t] != nil { throw typeError("\(fname)() got multiple values for argument '\(name)'") }
        frame.slots[t] = value
      } else if let d = kwargsDict {
        d.storage.set(DictKey(value: .string(name), hash: PyStr(name).pyHash), value)
      } else {
        if code.parameterNames.prefix(code.positionalOnlyCount).contains(name) {
          throw typeError("\(fname)() got some positional-only arguments passed as keyword arguments: '\(name)'")
        }
        throw typeError("\(fname)() got an unexpected keyword argument '\(name)'")
      }
    }
    // Defaults and missing arguments.
    let firstDefault = n - f.defaults.count
    var missing: [String] = []
    for i in 0..<n where frame.slots[i] == nil {
      if i >= firstDefault { frame.slots[i] = f.defaults[i - firstDefault] } else { missing.append(code.parameterNames[i]) }
    }
    if !missing.isEmpty { throw typeError("\(fname)() missing \(missingText(missing, kind: "positional"))") }
    for i in 0..<code.keywordOnlyCount where frame.slots[kwOnlyStart + i] == nil {
      let name = code.parameterNames[kwOnlyStart + i]
      if let d = f.keywordDefaults[name] { frame.slots[kwOnlyStart + i] = d } else { missing.append(name) }
    }
    if !missing.isEmpty { throw typeError("\(fname)() missing \(missingText(missing, kind: "keyword-only"))") }
  }

  private func missingText(_ names: [String], kind: String) -> String {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
    }
    return "\(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)"
  }
}
