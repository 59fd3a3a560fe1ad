#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A wall-clock instant, formatted as nbclient records cell timing (`%Y-%m-%dT%H:%M:%S.%fZ`, UTC).
public struct Timestamp: Sendable, Equatable, Comparable {
  /// Seconds since the Unix epoch.
  public var seconds: Int
  /// Microseconds within the second (0–999999).
  public var microseconds: Int

  public init(seconds: Int, microseconds: Int) {
    self.seconds = seconds
    self.microseconds = microseconds
  }

  /// The current time.
  public static func now() -> Timestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Timestamp(seconds: Int(spec.tv_sec), microseconds: Int(spec.tv_nsec) / 1000)
  }

  /// Seconds from `self` to `later`.
  public func interval(to later: Timestamp) -> Double {
    Double(later.seconds - seconds) + Double(later.microseconds - microseconds) / 1_000_000
  }

  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    (a.seconds, a.microseconds) < (b.seconds, b.microseconds)
  }

  /// `2024-05-01T12:34:56.789012Z`.
  public var iso8601: String {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    func pad(_ n: Int32, _ width: Int) -> String {
      let text = String(n)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    let micro = String(microseconds)
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
      + String(repeating: "0", count: max(0, 6 - micro.count)) + micro + "Z"
  }

  /// The ISO 8601 UTC time without fractions, as JUnit's `timestamp` attribute wants it.
  public var iso8601Seconds: String { String(iso8601.prefix(19)) }
}
