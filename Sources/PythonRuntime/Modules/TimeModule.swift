import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `time`: wall clock (`time`, `time_ns`), monotonic clocks (`perf_counter`, `monotonic`, `process_time`),
/// `sleep` (in short slices that poll the interrupt flag, so an interrupt cuts it short), and simple
/// `strftime`/`localtime` over the C library.
enum TimeModule {
  static func clock(_ id: clockid_t) -> (Int, Int) {
    var ts = timespec()
    clock_gettime(id, &ts)
    return (Int(ts.tv_sec), Int(ts.tv_nsec))
  }

  static func make(_ interp: Interpreter) throws -> Value {
    let m = interp.makeModule("time", [("timezone", .int(0)), ("altzone", .int(0)), ("daylight", .int(0))])
    func fn(_ name: String, _ body: @escaping (Interpreter, CallArguments) throws -> Value) {
      m.globals[name] = interp.makeFunction(name, body)
    }
    func seconds(_ id: clockid_t) -> Value {
      let (s, ns) = clock(id)
      return .float(Double(s) + Double(ns) / 1e9)
    }
    func nanos(_ id: clockid_t) -> Value {
      let (s, ns) = clock(id)
      return .int(s &* 1_000_000_000 &+ ns)
    }
    fn("time") { _, _ in seconds(CLOCK_REALTIME) }
    fn("time_ns") { _, _ in nanos(CLOCK_REALTIME) }
    fn("perf_counter") { _, _ in seconds(CLOCK_MONOTONIC) }
    fn("perf_counter_ns") { _, _ in nanos(CLOCK_MONOTONIC) }
    fn("monotonic") { _, _ in seconds(CLOCK_MONOTONIC) }
    fn("monotonic_ns") { _, _ in nanos(CLOCK_MONOTONIC) }
    fn("process_time") { _, _ in seconds(CLOCK_PROCESS_CPUTIME_ID) }
    fn("process_time_ns") { _, _ in nanos(CLOCK_PROCESS_CPUTIME_ID) }
    fn("sleep") { interp, args in
      guard let v = args.positional.first else { throw interp.typeError("sleep() takes exactly one argument (0 given)") }
      guard let secs = interp.floatValue(v) else { throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer") }
      if secs < 0 { throw interp.valueError("sleep length must be non-negative") }
      if secs.isNaN { throw interp.valueError("Invalid value NaN (not a number)") }
      let (s0, n0) = clock(CLOCK_MONOTONIC)
      let deadline = Double(s0) + Double(n0) / 1e9 + secs
      while true {
        try interp.checkInterrupt()
        let (s, n) = clock(CLOCK_MONOTONIC)
        let left = deadline - (Double(s) + Double(n) / 1e9)
        if left <= 0 { break }
        usleep(UInt32(min(left, 0.02) * 1e6))
      }
      return .none
    }
    fn("ctime") { interp, args in
      var t = time_t(args.positional.first.flatMap { interp.floatValue($0) }.map { Int($0) } ?? Int(time(nil)))
      var tmv = tm()
      localtime_r(&t, &tmv)
      return .string(format("%a %b %e %H:%M:%S %Y", tmv))
    }
    fn("strftime") { interp, args in
      guard case .str(let f)? = args.positional.first else { throw interp.typeError("strftime() argument 1 must be str") }
      var t = time_t(time(nil))
      var tmv = tm()
      localtime_r(&t, &tmv)
      return .string(format(f.value, tmv))
    }
    return .object(m)
  }

  static func format(_ f: String, _ t: tm) -> String {
    var tmv = t
    var buf = [Int8](repeating: 0, count: 512)
    let n = strftime(&buf, 512, f, &tmv)
    return String(decoding: buf.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
