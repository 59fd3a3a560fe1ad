#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ExecutionEngine

/// Where the runner echoes stream text and prints its messages: the process's stdout and stderr,
/// or a capture in tests.
public struct Terminal: Sendable {
  /// Writes text to one of the two streams, in the order of calls.
  public let write: @Sendable (StreamName, String) -> Void
  /// Whether ANSI colour codes (in IPython-style tracebacks) should be removed before printing.
  public let stripsColors: Bool

  public init(stripsColors: Bool = false, write: @escaping @Sendable (StreamName, String) -> Void) {
    self.write = write
    self.stripsColors = stripsColors
  }

  /// The process's stdout and stderr, written with write(2) at once (no buffering, so the two streams
  /// interleave as the program wrote them). Colours are stripped when stderr is not a terminal.
  public static var standard: Terminal {
    Terminal(stripsColors: isatty(2) == 0) { stream, text in
      writeAll(stream == .stdout ? 1 : 2, text)
    }
  }

  /// Prints a message line to stderr.
  public func message(_ line: String) { write(.stderr, line + "\n") }

  /// Prints a traceback (a list of lines, as the engine reports it) to stderr.
  public func traceback(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    let text = lines.joined(separator: "\n") + "\n"
    write(.stderr, stripsColors ? Terminal.removingANSI(text) : text)
  }

  /// Text without ANSI escape sequences (`ESC [ … final byte`).
  static func removingANSI(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\u{1B}" else {
        out.append(scalar)
        continue
      }
      guard let next = scalars.next() else { break }
      guard next == "[" else { continue }
      while let s = scalars.next(), !(s.value >= 0x40 && s.value <= 0x7E) {}
    }
    return String(out)
  }

  private static func writeAll(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if n > 0 {
        offset += n
      } else if n < 0 && errno == EINTR {
        continue
      } else {
        return  // a closed pipe: nothing useful to do with the text
      }
    }
  }
}

/// write(2), out of reach of `Terminal.write`'s name.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, bytes, count)
}
