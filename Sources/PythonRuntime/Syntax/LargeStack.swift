// Runs the parser on a thread with a large stack: recursive descent over input nested up to
// the parser's limits needs more stack than secondary threads (or Swift tasks) may have.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a dedicated thread with a 64 MB stack and waits for it.
enum LargeStack {
  static let stackSize = 64 << 20

  private final class Work: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  /// Returns `body()` computed on a large-stack thread (or on this thread if one cannot be made).
  static func run<T>(_ body: () -> T) -> T {
    withoutActuallyEscaping(body) { body -> T in
      var result: T?
      let work = Work { result = body() }
      let context = Unmanaged.passRetained(work).toOpaque()
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, stackSize)
      #if canImport(Darwin)
        var thread: pthread_t?
      #else
        var thread = pthread_t()
      #endif
      let status = pthread_create(
        &thread, &attributes,
        { context in
          if let context { Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run() }
          return nil
        }, context)
      if status != 0 {
        Unmanaged<Work>.fromOpaque(context).release()
        return body()
      }
      #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
      #else
        pthread_join(thread, nil)
      #endif
      if let result { return result }
      return body()
    }
  }
}
