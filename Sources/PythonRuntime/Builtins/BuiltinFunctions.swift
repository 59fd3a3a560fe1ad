import Foundation

extension Builtins {
  static func installBuiltinFunctions(_ interp: Interpreter) {
    interp.defineBuiltin("print", signature: "(*args, sep=' ', end='\\n', file=None, flush=False)", doc: "Prints the values to a stream, or to sys.stdout by default.") { interp, args in
      var sep = " ", end = "\n"
      var file: Value = .none
      for (k, v) in args.keywords {
        switch k {
        case "sep":
          if case .str(let s) = v { sep = s.value } else if !v.isNone { throw interp.typeError("sep must be None or a string, not \(interp.typeName(v))") }
        case "end":
          if case .str(let s) = v { end = s.value } else if !v.isNone { throw interp.typeError("end must be None or a string, not \(interp.typeName(v))") }
        case "file": file = v
        case "flush": break
        default: throw interp.typeError("'\(k)' is an invalid keyword argument for print()")
        }
      }
      var text = ""
      for (i, v) in args.positional.enumerated() {
        if i > 0 { text += sep }
        if case .str(let s) = v { text += s.value } else { text += try interp.str(v) }
      }
      text += end
      try interp.write(text, to: file)
      return .none
    }
    interp.defineBuiltin("len", signature: "(obj, /)", doc: "Returns the number of items in a container.") { interp, args in
      guard args.count == 1 else { throw interp.typeError("len() takes exactly one argument (\(args.count) given)") }
      return .int(try interp.length(args.positional[0]))
    }
    interp.defineBuiltin("repr") { interp, args in
      guard args.count == 1 else { throw interp.typeError("repr() takes exactly one argument (\(args.count) given)") }
      return .string(try interp.repr(args.positional[0]))
    }
    interp.defineBuiltin("ascii") { interp, args in
      guard args.count == 1 else { throw interp.typeError("ascii() takes exactly one argument (\(args.count) given)") }
      return .string(try interp.repr(args.positional[0]))
    }
    interp.defineBuiltin("abs") { interp, args in
      guard args.count == 1 else { throw interp.typeError("abs() takes exactly one argument (\(args.count) given)") }
      let v = args.positional[0]
      switch v {
      case .int(let i): return i == Int.min ? interp.intValue(-BigIntValue(i)) : .int(abs(i))
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d): return .float(abs(d))
      default:
        if let b = interp.bigInt(v) { return interp.intValue(BigIntValue(b.magnitude)) }
        if let f = interp.typeOf(v).lookup("__abs__") { return try interp.call(f, [v]) }
        throw interp.typeError("bad operand type for abs(): '\(interp.typeName(v))'")
      }
    }
    interp.defineBuiltin("isinstance", signature: "(obj, class_or_tuple, /)") { interp, args in
      guard args.count == 2 else { throw interp.typeError("isinstance expected 2 arguments, got \(args.count)") }
      return .bool(try interp.isInstance(args.positional[0], args.positional[1]))
    }
    interp.defineBuiltin("issubclass") { interp, args in
      guard args.count == 2 else { throw interp.typeError("issubclass expected 2 arguments, got \(args.count)") }
      guard case .type(let t) = args.positional[0] else { throw interp.typeError("issubclass() arg 1 must be a class") }
      return .bool(try interp.isSubclass(t, args.positional[1]))
    }
    interp.defineBuiltin("hasattr") { interp, args in
      guard args.count == 2, case .str(let n) = args.positional[1] else { throw interp.typeError("hasattr(): attribute name must be string") }
      return .bool(try interp.hasAttribute(args.positional[0], n.value))
    }
    interp.defineBuiltin("getattr") { interp, args in
      guard args.count >= 2, case .str(let n) = args.positional[1] else { throw interp.typeError("getattr(): attribute name must be string") }
      if let dflt = args.positional[safe: 2] {
        do {
          return try interp.getAttribute(args.positional[0], n.value)
        } catch let e as PyError where e.exception.type.isSubtype(of: interp.types.attributeError) {
          return dflt
        }
      }
      return try interp.getAttribute(args.positional[0], n.value)
    }
    interp.defineBuiltin("setattr") { interp, args in
      guard args.count == 3, case .str(let n) = args.positional[1] else { throw interp.typeError("setattr(): attribute name must be string") }
      try interp.setAttribute(args.positional[0], n.value, args.positional[2])
      return .none
    }
    interp.defineBuiltin("delattr") { interp, args in
      guard args.count == 2, case .str(let n) = args.positional[1] else { throw interp.typeError("delattr(): attribute name must be string") }
      try interp.deleteAttribute(args.positional[0], n.value)
      return .none
    }
    interp.defineBuiltin("callable") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("callable() takes exactly one argument (0 given)") }
      switch v {
      case .type: return .bool(true)
      case .object(let o):
        return .bool(o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o.type.lookup("__call__") != nil)
      default: return .bool(false)
      }
    }
    interp.defineBuiltin("chr") { interp, args in
      guard let v = args.positional.first, let i = try interp.indexValue(v) else { throw interp.typeError("an integer is required") }
      guard i >= 0, i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else { throw interp.valueError("chr() arg not in range(0x110000)") }
      return .string(String(Character(u)))
    }
    interp.defineBuiltin("ord") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("ord() takes exactly one argument (0 given)") }
      guard case .str(let s) = v else { throw interp.typeError("ord() expected string of length 1, but \(interp.typeName(v)) found") }
      let sc = s.scalars
      guard sc.count == 1, let u = sc.first else { throw interp.typeError("ord() expected a character, but string of length \(sc.count) found") }
      return .int(Int(u.value))
    }
    for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
      interp.defineBuiltin(name) { interp, args in
        guard let v = args.positional.first, let b = try interp.bigInt(v) ?? interp.indexValue(v).map({ BigIntValue($0) }) else {
          throw interp.typeError("'\(interp.typeName(args.positional.first ?? .none))' object cannot be interpreted as an integer")
        }
        return .string((b.signum() < 0 ? "-" : "") + prefix + String(b.magnitude, radix: radix))
      }
    }
    interp.defineBuiltin("hash") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("hash() takes exactly one argument (0 given)") }
      return .int(try interp.hash(v))
    }
    interp.defineBuiltin("id") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("id() takes exactly one argument (0 given)") }
      switch v {
      case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)))
      case .type(let t): return .int(ObjectIdentifier(t).hashValue)
      case .str(let s): return .int(ObjectIdentifier(s).hashValue)
      default: return .int(try interp.hash(v))
      }
    }
    interp.defineBuiltin("divmod") { interp, args in
      guard args.count == 2 else { throw interp.typeError("divmod expected 2 arguments, got \(args.count)") }
      let a = args.positional[0], b = args.positional[1]
      if let f = interp.typeOf(a).lookup("__divmod__"), !(interp.isNumber(a)) { return try interp.call(f, [a, b]) }
      return interp.tuple([try interp.binary(.floorDiv, a, b), try interp.binary(.mod, a, b)])
    }
    interp.defineBuiltin("pow") { interp, args in
      let a = try args.bind(interp, "pow", ["base", "exp", "mod"], required: 2)
      guard let base = a[0], let exp = a[1] else { throw interp.typeError("pow() missing required argument") }
      if let m = a[2], !m.isNone {
        guard let b = interp.bigInt(base), let e = interp.bigInt(exp), let mm = interp.bigInt(m) else {
          throw interp.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        if mm.isZero { throw interp.valueError("pow() 3rd argument cannot be 0") }
        if e.signum() < 0 {
          guard let inv = b.inverse(mm) else { throw interp.valueError("base is not invertible for the given modulus") }
          let r = inv.power(-e, modulus: mm)
          return interp.intValue(r.signum() < 0 || (mm.signum() > 0 && r.signum() < 0) ? r + mm : r)
        }
        var r = b.power(e, modulus: mm)
        if r.signum() != 0 && (r.signum() < 0) != (mm.signum() < 0) { r += mm }
        return interp.intValue(r)
      }
      return try interp.binary(.pow, base, exp)
    }
    interp.defineBuiltin("round") { interp, args in
      let a = try args.bind(interp, "round", ["number", "ndigits"], required: 1)
      guard let x = a[0] else { throw interp.typeError("round() missing required argument 'number' (pos 1)") }
      let nd = a[1].flatMap { $0.isNone ? nil : $0 }
      if let f = interp.typeOf(x).lookup("__round__"), !interp.isNumber(x) {
        return try interp.call(f, nd.map { [x, $0] } ?? [x])
      }
      switch x {
      case .int, .bool, .object(is PyBigInt):
        guard let ndv = nd, let n = try interp.indexValue(ndv), n < 0 else { return try interp.toInt(x) }
        guard let b = interp.bigInt(x) else { return x }
        let p = BigIntValue(10).power(-n)
        var q = interp.floorDivide(b, p)
        let r = b - q * p
        if r * 2 > p || (r * 2 == p && !q.isMultiple(of: 2)) { q += 1 }
        return interp.intValue(q * p)
      case .float(let d):
        guard let ndv = nd else {
          guard d.isFinite else { throw d.isNaN ? interp.valueError("cannot convert float NaN to integer") : interp.overflowError("cannot convert float infinity to integer") }
          return try interp.toInt(.float(d.rounded(.toNearestOrEven)))
        }
        guard let n = try interp.indexValue(ndv) else { throw interp.typeError("'\(interp.typeName(ndv))' object cannot be interpreted as an integer") }
        return .float(Interpreter.roundFloat(d, n))
      default:
        throw interp.typeError("type \(interp.typeName(x)) doesn't define __round__ method")
      }
    }
    interp.defineBuiltin("format") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("format expected at least 1 argument, got 0") }
      var spec = ""
      if let s = args.positional[safe: 1] {
        guard case .str(let ss) = s else { throw interp.typeError("format() argument 2 must be str, not \(interp.typeName(s))") }
        spec = ss.value
      }
      return .string(try interp.format(v, spec))
    }
    interp.defineBuiltin("globals") { interp, _ in try interp.globalsDict(interp.main.globals) }
    interp.defineBuiltin("locals") { interp, _ in try interp.globalsDict(interp.main.globals) }
    interp.defineBuiltin("vars") { interp, args in
      guard let v = args.positional.first else { return try interp.globalsDict(interp.main.globals) }
      return try interp.getAttribute(v, "__dict__")
    }
    interp.defineBuiltin("dir") { interp, args in
      var names = Set<String>()
      guard let v = args.positional.first else {
        return interp.list(interp.main.globals.items.map(\.0).sorted().map { .string($0) })
      }
      switch v {
      case .type(let t): for c in t.mro { names.formUnion(c.dict.keys) }
      case .object(let o):
        if let m = o as? PyModule { names.formUnion(m.globals.items.map(\.0)) } else {
          if let a = o.attributes { names.formUnion(a.keys) }
          for c in o.type.mro { names.formUnion(c.dict.keys) }
        }
      default: for c in interp.typeOf(v).mro { names.formUnion(c.dict.keys) }
      }
      return interp.list(names.sorted().map { .string($0) })
    }
    interp.defineBuiltin("input", signature: "(prompt='', /)") { interp, args in
      var prompt = ""
      if let p = args.positional.first { prompt = try interp.str(p) }
      guard let reader = interp.io.readLine else {
        throw interp.error(interp.types.eofError, "EOF when reading a line")
      }
      return .string(try reader(prompt, false))
    }
    interp.defineBuiltin("exit") { interp, args in throw interp.systemExit(args.positional.first ?? .none) }
    interp.defineBuiltin("quit") { interp, args in throw interp.systemExit(args.positional.first ?? .none) }
    interp.defineBuiltin("eval") { interp, args in
      guard case .str(let s)? = args.positional.first else { throw interp.typeError("eval() arg 1 must be a string, bytes or code object") }
      let source = s.value.trimmingCharacters(in: " \t\n")
      guard let g = args.positional[safe: 1], !g.isNone else { return try interp.evaluate(source) }
      guard case .object(let o) = g, let d = o as? PyDict else { throw interp.typeError("globals must be a dict") }
      // A private namespace for the dict's names, copied back afterwards.
      let globals = Globals()
      for (k, v) in d.storage.entries { if case .str(let ks) = k { globals[ks.value] = v } }
      if let l = args.positional[safe: 2], case .object(let lo) = l, let ld = lo as? PyDict {
        for (k, v) in ld.storage.entries { if case .str(let ks) = k { globals[ks.value] = v } }
      }
      defer {
        for (k, v) in globals.items { try? interp.dictSet(d, .string(k), v) }
      }
      return try interp.evaluate(source, globals: globals)
    }
    interp.defineBuiltin("exec") { interp, args in
      guard case .str(let s)? = args.positional.first else { throw interp.typeError("exec() arg 1 must be a string, bytes or code object") }
      try interp.runSource(s.value, filename: "<string>", module: interp.main)
      return .none
    }
    interp.defineBuiltin("__import__") { interp, args in
      guard case .str(let s)? = args.positional.first else { throw interp.typeError("__import__() argument 1 must be str") }
      return try interp.importModule(s.value, bindTop: true)
    }
    interp.defineBuiltin("breakpoint") { _, _ in .none }
  }
}

extension Interpreter {
  /// Writes text to sys.stdout/sys.stderr (the I/O hooks) or to any object with `write`.
  public func write(_ text: String, to file: Value) throws {
    if file.isNone {
      io.writeStdout(text)
      return
    }
    if case .object(let o) = file, let stream = o as? PyNativeObject<StandardStream> {
      switch stream.payload {
      case .stdout: io.writeStdout(text)
      case .stderr: io.writeStderr(text)
      }
      return
    }
    _ = try callMethod(file, "write", [.string(text)])
  }

  /// SystemExit with a code, as `sys.exit(code)` raises it.
  public func systemExit(_ code: Value) -> PyError {
    let e = makeException(types.systemExit, nil)
    if !code.isNone { e.exception?.args = [code] }
    return PyError(e)
  }

  /// `isinstance(v, spec)` with tuples.
  public func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
    switch spec {
    case .type(let t):
      if let check = t.dict["__instancecheck__"] { return try truthy(try call(check, [spec, v])) }
      return typeOf(v).isSubtype(of: t)
    case .object(let o):
      if let tup = o as? PyTuple {
        for item in tup.items where try isInstance(v, item) { return true }
        return false
      }
    default: break
    }
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
  }

  /// `issubclass(t, spec)` with tuples.
  public func isSubclass(_ t: PyType, _ spec: Value) throws -> Bool {
    switch spec {
    case .type(let s): return t.isSubtype(of: s)
    case .object(let o):
      if let tup = o as? PyTuple {
        for item in tup.items where try isSubclass(t, item) { return true }
        return false
      }
    default: break
    }
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
  }

  /// `round(x, n)` for floats as CPython does it (correctly rounded through a decimal string).
  static func roundFloat(_ d: Double, _ n: Int) -> Double {
    guard d.isFinite, n < 330 else { return d }
    if n < -330 { return 0.0 * d }
    if n >= 0 {
      let s = String(format: "%.\(n)f", d)
      return Double(s) ?? d
    }
    let p = Foundation.pow(10.0, Double(-n))
    let y = (d / p).rounded(.toNearestOrEven) * p
    return y
  }
}

/// The two standard streams as Python objects (`sys.stdout`, `sys.stderr`).
public enum StandardStream {
  case stdout, stderr
}
