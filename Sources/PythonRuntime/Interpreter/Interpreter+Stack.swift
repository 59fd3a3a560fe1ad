#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

#if !canImport(Darwin)
  /// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
  @_silgen_name("pthread_getattr_np")
  private func gnuPthreadGetattr(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Stack-overflow protection: deep recursion raises RecursionError before the thread's stack runs out,
/// whatever the recursion limit is (`sys.setrecursionlimit(10**6)` must not crash the process).
extension Interpreter {
  /// Stack kept free below the lowest address Python code may reach, for the Swift frames that run
  /// between two checks (one Python call level in a debug build, a traceback print, a repr).
  static let stackReserve: UInt = 2 << 20

  /// The lowest safe stack address of the calling thread (0 when unknown: no check).
  static func currentStackFloor() -> UInt {
    #if canImport(Darwin)
      let thread = pthread_self()
      let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
      let size = UInt(pthread_get_stacksize_np(thread))
      guard top > size + stackReserve else { return 0 }
      return top - size + stackReserve
    #else
      var attributes = pthread_attr_t()
      guard gnuPthreadGetattr(pthread_self(), &attributes) == 0 else { return 0 }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return 0 }
      let low = UInt(bitPattern: address)
      guard size > Int(stackReserve) * 2 else { return low }
      return low + stackReserve
    #endif
  }

  /// The current stack pointer (approximately).
  @inline(__always) static func stackPointer() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  }

  /// Throws RecursionError when the stack is nearly exhausted.
  @inline(__always) func checkStack() throws {
    if Self.stackPointer() < stackFloor {
      throw error(types.recursionError, "maximum recursion depth exceeded")
    }
  }

  /// Runs `body` with the stack floor of the calling thread installed, restoring the previous one after.
  func withThreadStack<T>(_ body: () throws -> T) rethrows -> T {
    let saved = stackFloor
    stackFloor = Self.currentStackFloor()
    defer { stackFloor = saved }
    return try body()
  }
}
