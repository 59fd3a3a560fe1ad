extension Compiler {
  /// A compiler for a nested scope, with slots for its locals and indices for its cells.
  func child(_ key: ScopeKey, qualname: String) throws(SyntaxError) -> Compiler {
    guard let s = scope.children[key] else {
      throw SyntaxError("internal error: unresolved scope", at: SourceLocation(line: key.line, column: key.column))
    }
    let c = Compiler(interp: interp, filename: filename, globals: globals, scope: s)
    c.qualnamePrefix = qualnamePrefix + [qualname]
    if s.kind == .function || s.kind == .comprehension {
      for p in s.parameters where c.slots[p] == nil {
        c.slots[p] = c.slotCount
        c.slotCount += 1
      }
      for n in s.bound where c.slots[n] == nil && s.isLocal(n) {
        c.slots[n] = c.slotCount
        c.slotCount += 1
      }
    }
    for (i, n) in s.cellNames.enumerated() { c.cellIndex[n] = i }
    for (i, n) in s.freeNames.enumerated() where c.cellIndex[n] == nil { c.cellIndex[n] = s.cellNames.count + i }
    return c
  }

  /// Builds the closure that fetches, from the defining frame, the cells a nested scope needs.
  func closureCapture(for s: Scope) -> (Frame) -> [PyCell] {
    let indices = s.freeNames.map { cellIndex[$0] }
    let cellType = interp.types.cell
    return { frame in
      indices.map { i in
        if let i, i < frame.cells.count { return frame.cells[i] }
        return PyCell(type: cellType)
      }
    }
  }

  private func functionCode(_ c: Compiler, name: String, args: Arguments, line: Int, body: [Stmt]?, lambdaBody: Expr?) throws(SyntaxError) -> FunctionCode {
    let s = c.scope
    var parameterCells: [(slot: Int, cell: Int)] = []
    for p in s.parameters {
      if let cell = c.cellIndex[p], s.cellNames.contains(p), let slot = c.slots[p] { parameterCells.append((slot, cell)) }
    }
    var doc: String?
    if let body, let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let text)) = e.kind { doc = text }
    let code = FunctionCode(
      name: name, qualname: c.qualnamePrefix.joined(separator: "."), filename: filename, firstLine: line,
      parameterNames: s.parameters, positionalOnlyCount: args.positionalOnly.count,
      positionalCount: args.positionalOnly.count + args.args.count, keywordOnlyCount: args.keywordOnly.count,
      hasVarargs: args.vararg != nil, hasKwargs: args.kwarg != nil, slotCount: 0, ownCellCount: s.cellNames.count,
      parameterCells: parameterCells, isGenerator: s.isGenerator, docstring: doc)
    if let body {
      code.body = try c.block(body)
    } else if let lambdaBody {
      let value = try c.compile(lambdaBody)
      let l = line
      code.body = { frame in
        frame.line = l
        frame.returnValue = try value(frame)
        return .returned
      }
    }
    code.slotCountStorage = c.slotCount
    return code
  }

  private func defaultsCode(_ args: Arguments) throws(SyntaxError) -> (Frame) throws -> ([Value], [String: Value]) {
    let defaults = try args.defaults.map { (d: Expr) throws(SyntaxError) -> ExprCode in try compile(d) }
    var kw: [(String, ExprCode)] = []
    for (p, d) in zip(args.keywordOnly, args.keywordDefaults) {
      if let d { kw.append((p.name, try compile(d))) }
    }
    let kwDefaults = kw
    return { frame in
      var values: [Value] = []
      for d in defaults { values.append(try d(frame)) }
      var kwValues: [String: Value] = [:]
      for (n, d) in kwDefaults { kwValues[n] = try d(frame) }
      return (values, kwValues)
    }
  }

  func compileFunctionDef(_ stmt: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr]) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    let line = stmt.location.line
    let decos = try decorators.map { (d: Expr) throws(SyntaxError) -> ExprCode in try compile(d) }
    let defaults = try defaultsCode(args)
    let key = ScopeKey(line: stmt.location.line, column: stmt.location.column, tag: 1)
    let c = try child(key, qualname: name)
    if scope.kind == .function || scope.kind == .comprehension { c.qualnamePrefix.insert("<locals>", at: c.qualnamePrefix.count - 1) }
    let code = try functionCode(c, name: name, args: args, line: line, body: body, lambdaBody: nil)
    let capture = closureCapture(for: c.scope)
    let store = storeName(name)
    let globals = self.globals
    return { frame in
      frame.line = line
      var decorated: [Value] = []
      for d in decos { decorated.append(try d(frame)) }
      let (defs, kwdefs) = try defaults(frame)
      let f = PyFunction(type: interp.types.function, code: code, defaults: defs, keywordDefaults: kwdefs, closure: capture(frame), globals: globals)
      f.dict["__module__"] = globals["__name__"] ?? .string("__main__")
      var v = Value.object(f)
      for d in decorated.reversed() { v = try interp.call(d, [v]) }
      try store(frame, v)
      return .normal
    }
  }

  func compileLambda(_ e: Expr, args: Arguments, body: Expr) throws(SyntaxError) -> ExprCode {
    let interp = self.interp
    let defaults = try defaultsCode(args)
    let key = ScopeKey(line: e.location.line, column: e.location.column, tag: 3)
    let c = try child(key, qualname: "<lambda>")
    let code = try functionCode(c, name: "<lambda>", args: args, line: e.location.line, body: nil, lambdaBody: body)
    let capture = closureCapture(for: c.scope)
    let globals = self.globals
    return { frame in
      let (defs, kwdefs) = try defaults(frame)
      return .object(PyFunction(type: interp.types.function, code: code, defaults: defs, keywordDefaults: kwdefs, closure: capture(frame), globals: globals))
    }
  }

  func compileClassDef(_ stmt: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) throws(SyntaxError) -> StmtCode {
    let interp = self.interp
    let line = stmt.location.line
    let decos = try decorators.map { (d: Expr) throws(SyntaxError) -> ExprCode in try compile(d) }
    let baseCodes = try compileItems(bases)
    let key = ScopeKey(line: stmt.location.line, column: stmt.location.column, tag: 2)
    let c = try child(key, qualname: name)
    let bodyCode = try c.block(body)
    let classScope = c.scope
    let ownCells = classScope.cellNames.count
    let classCellIndex = c.cellIndex["__class__"].flatMap { $0 < ownCells ? $0 : nil }
    let capture = closureCapture(for: classScope)
    let store = storeName(name)
    let globals = self.globals
    let qualname = c.qualnamePrefix.joined(separator: ".")
    var doc: String?
    if let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let text)) = e.kind { doc = text }
    let docstring = doc
    return { frame in
      frame.line = line
      var decorated: [Value] = []
      for d in decos { decorated.append(try d(frame)) }
      var baseTypes: [PyType] = []
      for b in try baseCodes(frame) {
        guard case .type(let t) = b else {
          throw interp.typeError("bases must be types")
        }
        baseTypes.append(t)
      }
      if baseTypes.isEmpty { baseTypes = [interp.types.object] }
      let namespace = PyAttributes()
      namespace["__module__"] = globals["__name__"] ?? .string("__main__")
      namespace["__qualname__"] = .string(qualname)
      if let docstring { namespace["__doc__"] = .string(docstring) }
      var cells = ContiguousArray<PyCell>()
      for _ in 0..<ownCells { cells.append(PyCell(type: interp.types.cell)) }
      cells.append(contentsOf: capture(frame))
      let classFrame = Frame(slotCount: 0, cells: cells, globals: globals, classNamespace: namespace, code: nil)
      do {
        _ = try bodyCode(classFrame)
      } catch let e as PyError {
        interp.recordFrame(e, classFrame, filename: self.filename, function: name)
        throw e
      }
      let cls = try interp.makeClass(name: name, bases: baseTypes, namespace: namespace)
      cls.qualname = qualname
      if case .str(let m) = namespace["__module__"] ?? .none { cls.module = m.value }
      if let idx = classCellIndex { classFrame.cells[idx].value = .type(cls) }
      var v = Value.type(cls)
      for d in decorated.reversed() { v = try interp.call(d, [v]) }
      try store(frame, v)
      return .normal
    }
  }

  /// List, set and dict comprehensions run as an inline function; generator expressions return a generator.
  func compileComprehension(_ e: Expr) throws(SyntaxError) -> ExprCode {
    let interp = self.interp
    let generators: [Comprehension]
    switch e.kind {
    case .listComp(_, let g), .setComp(_, let g), .dictComp(_, _, let g), .generatorExp(_, let g): generators = g
    default: throw SyntaxError(.syntaxError, "internal error: not a comprehension", at: e.location)
    }
    guard let first = generators.first else { throw SyntaxError(.syntaxError, "invalid comprehension", at: e.location) }
    let outerIter = try compile(first.iter)
    let key = ScopeKey(line: e.location.line, column: e.location.column, tag: 4)
    let c = try child(key, qualname: "<comprehension>")
    let capture = closureCapture(for: c.scope)
    let ownCells = c.scope.cellNames.count
    let slotCount = c.slotCount
    let globals = self.globals
    // The innermost action: append to the result, or yield.
    enum Kind { case list, set, dict, generator }
    let kind: Kind
    let element: ExprCode
    var valueCode: ExprCode?
    switch e.kind {
    case .listComp(let elt, _):
      kind = .list
      element = try c.compile(elt)
    case .setComp(let elt, _):
      kind = .set
      element = try c.compile(elt)
    case .dictComp(let k, let v, _):
      kind = .dict
      element = try c.compile(k)
      valueCode = try c.compile(v)
    default:
      guard case .generatorExp(let elt, _) = e.kind else { throw SyntaxError(.syntaxError, "invalid comprehension", at: e.location) }
      kind = .generator
      element = try c.compile(elt)
    }
    let dictValue = valueCode
    let resultSlot = c.slotCount
    c.slotCount += 1
    let innermost: StmtCode = { frame in
      switch kind {
      case .list:
        if case .object(let o)? = frame.slots[resultSlot], let l = o as? PyList { l.items.append(try element(frame)) }
      case .set:
        if case .object(let o)? = frame.slots[resultSlot], let s = o as? PySet { s.storage.set(try interp.key(try element(frame)), .none) }
      case .dict:
        let k = try element(frame)
        if case .object(let o)? = frame.slots[resultSlot], let d = o as? PyDict, let dictValue { try interp.dictSet(d, k, try dictValue(frame)) }
      case .generator:
        guard let g = frame.generator else { throw interp.runtimeError("generator expression outside a generator") }
        _ = try g.yield(try element(frame), interp: interp)
      }
      return .normal
    }
    // Build the loops from the inside out.
    var body = innermost
    for (i, g) in generators.enumerated().reversed() {
      let store = try c.compileStore(g.target)
      let conds = try g.ifs.map { (x: Expr) throws(SyntaxError) -> (Frame) throws -> Bool in try c.compileCondition(x) }
      let iterCode: ExprCode
      if i == 0 {
        let dot0 = c.slots[".0"] ?? 0
        iterCode = { frame in frame.slots[dot0] ?? .none }
      } else {
        iterCode = try c.compile(g.iter)
      }
      let inner = body
      let flag = interp.interrupt
      body = { frame in
        let it = try interp.getIterator(try iterCode(frame))
        outer: while let v = try interp.next(it) {
          try store(frame, v)
          for cond in conds where !(try cond(frame)) { continue outer }
          _ = try inner(frame)
          if flag.isSet { try interp.checkInterrupt() }
        }
        return .normal
      }
    }
    let loops = body
    let code = FunctionCode(
      name: kind == .generator ? "<genexpr>" : (kind == .list ? "<listcomp>" : (kind == .set ? "<setcomp>" : "<dictcomp>")),
      qualname: "<comprehension>", filename: filename, firstLine: e.location.line, parameterNames: [".0"], positionalOnlyCount: 0,
      positionalCount: 1, keywordOnlyCount: 0, hasVarargs: false, hasKwargs: false, slotCount: 0, ownCellCount: ownCells,
      parameterCells: [], isGenerator: kind == .generator, docstring: nil)
    code.slotCountStorage = slotCount + 1
    code.body = loops
    let dot0Slot = c.slots[".0"] ?? 0
    let pos = range(e)
    return { frame in
      let iterable = try outerIter(frame)
      var cells = ContiguousArray<PyCell>()
      for _ in 0..<ownCells { cells.append(PyCell(type: interp.types.cell)) }
      cells.append(contentsOf: capture(frame))
      let inner = Frame(slotCount: slotCount + 1, cells: cells, globals: globals, code: code)
      if kind == .generator {
        inner.slots[dot0Slot] = try interp.getIterator(iterable)
        return interp.makeGenerator(frame: inner, code: code)
      }
      inner.slots[dot0Slot] = iterable
      let result: Value
      switch kind {
      case .list: result = .object(PyList(type: interp.types.list, items: []))
      case .set: result = .object(PySet(type: interp.types.set))
      default: result = .object(PyDict(type: interp.types.dict))
      }
      inner.slots[resultSlot] = result
      do { _ = try interp.run(frame: inner, code: code) } catch { throw Compiler.note(error, pos) }
      return result
    }
  }
}
