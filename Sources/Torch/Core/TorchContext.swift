/// Print options of one session, as `torch.set_printoptions` sets them.
public struct PrintOptions: Sendable, Equatable {
  /// Digits after the decimal point (default 4).
  public var precision: Int = 4
  /// Total elements above which the repr is summarised (default 1000).
  public var threshold: Int = 1000
  /// Items shown at each end of a summarised dimension (default 3).
  public var edgeItems: Int = 3
  /// Characters per line (default 80).
  public var lineWidth: Int = 80
  /// `nil` lets the formatter choose; true forces scientific, false forbids it.
  public var sciMode: Bool? = nil

  /// The defaults (`torch.set_printoptions(profile="default")`).
  public init() {}
}

/// The mutable torch state one interpreter session owns: generator, grad mode, print options, default dtype
/// and memory budget. Tensors keep a reference to the context that made them, and ops read it from there.
///
/// Not thread-safe: use one context per session, on the session's thread.
public final class TorchContext {
  /// The default CPU generator (`torch.manual_seed` seeds this one).
  public let generator: Generator
  /// `torch.is_grad_enabled()`; `torch.no_grad()` sets it false for a block.
  public var gradEnabled: Bool = true
  /// `torch.set_printoptions` state.
  public var printOptions = PrintOptions()
  /// `torch.get_default_dtype()`: float32 or float64.
  public private(set) var defaultDType: DType = .float32
  /// Called with the byte count before every tensor allocation; throw to refuse it (a session's memory budget).
  public var allocationCheck: ((Int) throws -> Void)?
  /// Allocations larger than this many bytes fail with torch's out-of-memory error (default 16 GiB).
  public var maxAllocationBytes: Int = 1 << 34
  /// Counter behind autograd node sequence numbers.
  var sequenceCounter = 0

  /// Makes a context with a generator seeded like torch's default generator at start-up.
  public init(generator: Generator = Generator()) {
    self.generator = generator
  }

  /// `torch.set_default_dtype`: only floating dtypes are accepted, as in torch.
  public func setDefaultDType(_ dtype: DType) throws {
    guard dtype.isFloatingPoint else {
      throw TorchError.type("only floating-point types are supported as the default type")
    }
    defaultDType = dtype
  }

  /// Runs `body` with grad mode set to `enabled`, restoring the previous mode afterwards (`torch.no_grad()`).
  public func withGradMode<R>(_ enabled: Bool, _ body: () throws -> R) rethrows -> R {
    let saved = gradEnabled
    gradEnabled = enabled
    defer { gradEnabled = saved }
    return try body()
  }

  /// Checks a request for `bytes` bytes against the limit and the session's budget hook.
  func checkAllocation(bytes: Int) throws {
    if bytes > maxAllocationBytes { throw TorchError.outOfMemory(bytes: bytes) }
    if let check = allocationCheck { try check(bytes) }
  }
}

extension TorchError {
  /// torch's CPU allocator failure message.
  public static func outOfMemory(bytes: Int) -> TorchError {
    TorchError(
      .runtimeError,
      "[enforce fail at alloc_cpu.cpp:119] . DefaultCPUAllocator: can't allocate memory: you tried to allocate \(bytes) bytes. Error code 12 (Cannot allocate memory)"
    )
  }
}
