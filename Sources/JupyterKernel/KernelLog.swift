#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernel's diagnostics: one line per event on stderr (the frontend's server log), never stdout.
public enum KernelLog {
  /// Writes `[swifttorch kernel] message` and a newline to stderr with one `write(2)` call.
  public static func log(_ message: String) {
    let bytes = Array("[swifttorch kernel] \(message)\n".utf8)
    bytes.withUnsafeBytes { buf in
      var offset = 0
      while offset < buf.count {
        guard let base = buf.baseAddress else { return }
        let n = write(2, base + offset, buf.count - offset)
        if n > 0 {
          offset += n
        } else if n < 0 && errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }
}
