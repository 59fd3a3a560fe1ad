import Foundation

/// Message dates: ISO 8601, UTC, six fractional digits, `Z` (what jupyter_client parses exactly).
public enum Timestamp {
  /// The current time, e.g. `2026-11-27T03:43:51.123456Z`.
  public static func nowISO8601() -> String {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return iso8601(seconds: Int(ts.tv_sec), microseconds: Int(ts.tv_nsec) / 1000)
  }

  /// Formats seconds since the Unix epoch plus microseconds as ISO 8601 UTC.
  public static func iso8601(seconds: Int, microseconds: Int) -> String {
    var t = time_t(seconds)
    var parts = tm()
    gmtime_r(&t, &parts)
    let micros = min(max(microseconds, 0), 999_999)
    return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
      + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
      + "." + pad(micros, 6) + "Z"
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
