import Synchronization

/// Flags that another thread sets to stop running Python code (SIGINT, Jupyter's interrupt_request).
public final class InterruptFlag: Sendable {
  private let requested = Atomic<Bool>(false)
  public init() {}
  /// Asks the running code to raise KeyboardInterrupt at its next poll point.
  public func request() { requested.store(true, ordering: .relaxed) }
  /// Clears the flag; returns whether it was set.
  public func consume() -> Bool { requested.exchange(false, ordering: .relaxed) }
  /// Reads without clearing.
  public var isSet: Bool { requested.load(ordering: .relaxed) }
}

/// Where the interpreter writes `print` output and reads `input`.
public struct InterpreterIO {
  /// Receives text written to sys.stdout.
  public var writeStdout: (String) -> Void
  /// Receives text written to sys.stderr.
  public var writeStderr: (String) -> Void
  /// Answers `input(prompt)`; throws a Python exception (e.g. StdinNotImplementedError) when it cannot.
  public var readLine: ((_ prompt: String, _ password: Bool) throws -> String)?
  public init(writeStdout: @escaping (String) -> Void, writeStderr: @escaping (String) -> Void, readLine: ((String, Bool) throws -> String)? = nil) {
    self.writeStdout = writeStdout
    self.writeStderr = writeStderr
    self.readLine = readLine
  }
}

/// A Python exception travelling through Swift code: the exception instance.
public struct PyError: Error {
  public let exception: PyInstance
  public init(_ exception: PyInstance) { self.exception = exception }
}

/// Signals that `sys.exit(code)` was called (raised as SystemExit in Python).
public struct ExitRequest: Error {
  public let code: Int32
}

/// One Python interpreter: builtin types and functions, loaded modules, I/O hooks, interrupt flag and
/// recursion limit. Not thread-safe: it lives on one thread (the session's) and is never shared.
public final class Interpreter {
  /// The builtin classes of this interpreter.
  public let types: BuiltinTypes
  /// `builtins` module namespace.
  public let builtins = Globals()
  /// Imported modules by dotted name (`sys.modules`).
  public var modules: [String: Value] = [:]
  /// Loaders for native modules, consulted by `import`.
  public var nativeModules: [String: (Interpreter) throws -> Value] = [:]
  /// Python source of modules defined in Python (the prelude), consulted by `import`.
  public var sourceModules: [String: String] = [:]
  public var io: InterpreterIO
  public let interrupt: InterruptFlag
  /// Python's recursion limit (`sys.setrecursionlimit`).
  public var recursionLimit = 1000
  var depth = 0
  /// Lowest stack address Python code may use on the thread running it (see Interpreter+Stack.swift).
  var stackFloor: UInt = 0
  /// Counter used to poll the interrupt flag cheaply.
  var pollCounter = 0
  /// `sys.argv`.
  public var argv: [String] = [""]
  /// Memory budget for large allocations (bytes), and what is accounted so far.
  public var memoryBudget: Int
  /// The exception being handled by the innermost `except` block (for implicit chaining and bare `raise`).
  var handling: [PyInstance] = []
  /// Native modules whose loader is running (guards against import cycles).
  var loadingModules = Set<String>()
  /// Source lines of every file and cell run, for tracebacks.
  public var sourceLines: [String: [String]] = [:]
  /// Containers being printed (guards `[...]` recursion in reprs).
  var reprStack = Set<ObjectIdentifier>()
  /// Arbitrary per-interpreter state of native modules (e.g. the torch context), by key.
  public var extensions: [String: AnyObject] = [:]
  /// The `__main__` module that cells and scripts run in.
  public let main: PyModule

  public init(io: InterpreterIO, interrupt: InterruptFlag = InterruptFlag(), memoryBudget: Int = Int.max) {
    self.io = io
    self.interrupt = interrupt
    self.memoryBudget = memoryBudget
    let types = BuiltinTypes()
    self.types = types
    self.main = PyModule(type: types.module, name: "__main__")
    Builtins.install(into: self)
    main.globals["__name__"] = .string("__main__")
    main.globals["__builtins__"] = .object(PyModule(type: types.module, name: "builtins", globals: builtins))
    modules["__main__"] = .object(main)
  }

  /// Polls the interrupt flag: called at loop back-edges and function entry.
  @inline(__always) public func checkInterrupt() throws {
    if interrupt.isSet {
      _ = interrupt.consume()
      throw error(types.keyboardInterrupt, nil)
    }
  }
}
