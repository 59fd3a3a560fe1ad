/// Installs the builtin functions and the methods of the builtin types into a new interpreter.
enum Builtins {
  static func install(into interp: Interpreter) {
    let t = interp.types
    for (name, type) in [
      ("object", t.object), ("type", t.type), ("int", t.int), ("bool", t.bool), ("float", t.float), ("complex", t.complex), ("str", t.str), ("bytes", t.bytes),
      ("list", t.list), ("tuple", t.tuple), ("dict", t.dict), ("set", t.set), ("frozenset", t.frozenset), ("range", t.range),
      ("slice", t.slice), ("property", t.property), ("staticmethod", t.staticmethod), ("classmethod", t.classmethod), ("super", t.superType),
    ] {
      interp.builtins[name] = .type(type)
    }
    for (name, type) in t.exceptionsByName { interp.builtins[name] = .type(type) }
    interp.builtins["EnvironmentError"] = .type(t.osError)
    interp.builtins["IOError"] = .type(t.osError)
    interp.builtins["None"] = Value.none
    interp.builtins["True"] = .bool(true)
    interp.builtins["False"] = .bool(false)
    interp.builtins["Ellipsis"] = .object(PyObject(type: t.ellipsis))
    interp.builtins["NotImplemented"] = .object(PyObject(type: t.notImplemented))
    interp.builtins["__name__"] = .string("builtins")
    installObjectMethods(interp)
    installExceptionMethods(interp)
    installNumberTypes(interp)
    installStrMethods(interp)
    installSequenceMethods(interp)
    installDictMethods(interp)
    installSetMethods(interp)
    installFunctionTypes(interp)
    installBuiltinFunctions(interp)
    installIterationFunctions(interp)
    StandardModules.register(in: interp)
  }
}

extension Interpreter {
  /// A builtin function value.
  public func makeFunction(_ name: String, signature: String? = nil, doc: String? = nil, _ body: @escaping (Interpreter, CallArguments) throws -> Value) -> Value {
    .object(PyBuiltinFunction(type: types.builtinFunction, name: name, signature: signature, doc: doc, body: body))
  }

  /// Adds a builtin function to the builtins namespace.
  func defineBuiltin(_ name: String, signature: String? = nil, doc: String? = nil, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
    builtins[name] = makeFunction(name, signature: signature, doc: doc, body)
  }

  /// Adds a method implemented in Swift to a type; `self` is `args.positional[0]`.
  public func defineMethod(_ type: PyType, _ name: String, signature: String? = nil, doc: String? = nil, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
    let qualified = "\(type.name).\(name)"
    type.dict[name] = .object(PyBuiltinFunction(type: types.builtinFunction, name: qualified, signature: signature, doc: doc) { interp, args in
      if args.positional.isEmpty { throw interp.typeError("unbound method \(qualified)() needs an argument") }
      return try body(interp, args)
    })
  }

  /// Adds a computed attribute to a type.
  public func defineProperty(_ type: PyType, _ name: String, doc: String? = nil, get: @escaping (Interpreter, Value) throws -> Value, set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
    type.dict[name] = .object(PyNativeProperty(type: types.nativeProperty, name: name, doc: doc, getter: get, setter: set))
  }
}

extension CallArguments {
  /// Binds arguments to parameter names as a Python signature would, with CPython's error messages.
  /// The first `required` names are required; the result has one entry per name (nil: not given).
  public func bind(_ interp: Interpreter, _ fname: String, _ names: [String], required: Int = 0, positionalOnly: Bool = false) throws -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    if positional.count > names.count {
      if names.count == 1 && required == 1 {
        throw interp.typeError("\(fname)() takes exactly one argument (\(positional.count) given)")
      }
      throw interp.typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional.count) given)")
    }
    for (i, v) in positional.enumerated() { out[i] = v }
    for (k, v) in keywords {
      guard !positionalOnly, let i = names.firstIndex(of: k) else {
        throw interp.typeError("\(fname)() got an unexpected keyword argument '\(k)'")
      }
      if out[i] != nil { throw interp.typeError("\(fname)() got multiple values for argument '\(k)'") }
      out[i] = v
    }
    for i in 0..<min(required, names.count) where out[i] == nil {
      if required == 1 && names.count == 1 {
        throw interp.typeError("\(fname)() takes exactly one argument (0 given)")
      }
      throw interp.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
  }

  /// The receiver of a builtin method call.
  public func receiver(_ interp: Interpreter) throws -> Value {
    guard let first = positional.first else { throw interp.typeError("descriptor needs an argument") }
    return first
  }

  /// CallArguments without the receiver.
  public var dropReceiver: CallArguments { CallArguments(Array(positional.dropFirst()), keywords: keywords) }
}
