/// What a compiled statement tells the enclosing code to do next.
public enum Flow {
  case normal
  case breakLoop
  case continueLoop
  /// `return`: the value is in `Frame.returnValue`.
  case returned
}

/// Compiled expression: evaluates in a frame.
public typealias ExprCode = (Frame) throws -> Value
/// Compiled statement: executes in a frame and says how control continues.
public typealias StmtCode = (Frame) throws -> Flow

/// The activation of one function call, one module body or one class body:
/// local variable slots, cells, the current line (for tracebacks) and the return value.
public final class Frame {
  /// Local variables by slot number (resolved at compile time); nil-equivalent is `unbound`.
  public var slots: ContiguousArray<Value?>
  /// Cells: first the function's own captured variables, then its free variables.
  public var cells: ContiguousArray<PyCell>
  /// The line of the statement being executed.
  public var line: Int = 0
  public var returnValue: Value = .none
  public let globals: Globals
  /// The class namespace while a class body runs; names there are looked up first.
  public let classNamespace: PyAttributes?
  /// The function being run (nil for module and class bodies).
  public let code: FunctionCode?
  /// Set while this frame runs as a generator body.
  var generator: GeneratorChannel?

  init(slotCount: Int, cells: ContiguousArray<PyCell>, globals: Globals, classNamespace: PyAttributes? = nil, code: FunctionCode?) {
    self.slots = ContiguousArray(repeating: nil, count: slotCount)
    self.cells = cells
    self.globals = globals
    self.classNamespace = classNamespace
    self.code = code
  }
}

/// The compiled form of a `def`, `lambda`, comprehension or class body: parameter layout, slot counts,
/// cell layout and the body closure. Shared by every function object created from the same `def`.
public final class FunctionCode {
  public let name: String
  public let qualname: String
  public let filename: String
  public let firstLine: Int
  /// Parameter names in slot order: positional-only, ordinary, *args, keyword-only, **kwargs.
  public let parameterNames: [String]
  public let positionalOnlyCount: Int
  /// Positional-only plus ordinary parameters.
  public let positionalCount: Int
  public let keywordOnlyCount: Int
  public let hasVarargs: Bool
  public let hasKwargs: Bool
  /// Local slots a frame of this code needs (set by the compiler once the body is compiled).
  public var slotCount: Int { slotCountStorage }
  var slotCountStorage: Int
  /// Number of cells the function owns (captured locals).
  public let ownCellCount: Int
  /// For each own cell that is a parameter: (parameter slot, cell index).
  public let parameterCells: [(slot: Int, cell: Int)]
  public let isGenerator: Bool
  public let docstring: String?
  /// The body; set once right after compilation.
  public internal(set) var body: StmtCode = { _ in .normal }

  init(name: String, qualname: String, filename: String, firstLine: Int, parameterNames: [String], positionalOnlyCount: Int, positionalCount: Int, keywordOnlyCount: Int, hasVarargs: Bool, hasKwargs: Bool, slotCount: Int, ownCellCount: Int, parameterCells: [(slot: Int, cell: Int)], isGenerator: Bool, docstring: String?) {
    self.name = name
    self.qualname = qualname
    self.filename = filename
    self.firstLine = firstLine
    self.parameterNames = parameterNames
    self.positionalOnlyCount = positionalOnlyCount
    self.positionalCount = positionalCount
    self.keywordOnlyCount = keywordOnlyCount
    self.hasVarargs = hasVarargs
    self.hasKwargs = hasKwargs
    self.slotCountStorage = slotCount
    self.ownCellCount = ownCellCount
    self.parameterCells = parameterCells
    self.isGenerator = isGenerator
    self.docstring = docstring
  }

  /// `(a, b=1, *args, c, **kw)` as inspection shows it.
  public func signatureText(defaults: [Value], interp: Interpreter) -> String {
    var parts: [String] = []
    let firstDefault = positionalCount - defaults.count
    for i in 0..<positionalCount {
      let name = parameterNames[safe: i] ?? "?"
      if i >= firstDefault, let d = defaults[safe: i - firstDefault] {
        parts.append("\(name)=\((try? interp.repr(d)) ?? "...")")
      } else {
        parts.append(name)
      }
      if i + 1 == positionalOnlyCount { parts.append("/") }
    }
    var k = positionalCount
    if hasVarargs {
      parts.append("*" + (parameterNames[safe: k] ?? "args"))
      k += 1
    } else if keywordOnlyCount > 0 {
      parts.append("*")
    }
    for _ in 0..<keywordOnlyCount {
      parts.append(parameterNames[safe: k] ?? "?")
      k += 1
    }
    if hasKwargs { parts.append("**" + (parameterNames[safe: k] ?? "kwargs")) }
    return "(" + parts.joined(separator: ", ") + ")"
  }
}

extension Array {
  /// Bounds-checked element access.
  @inline(__always) public subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}

extension ContiguousArray {
  /// Bounds-checked element access.
  @inline(__always) public subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
