import Synchronization

/// Which standard stream a piece of text was written to.
public enum StreamName: String, Sendable, Equatable {
  case stdout
  case stderr
}

/// A set of representations of one value, keyed by MIME type (`text/plain`, `text/html`, `image/svg+xml`,
/// `image/png` as base64, `application/json` as JSON text), plus output metadata.
/// This is what Jupyter calls a mime bundle; the kernel and the notebook runner serialise it.
public struct MimeBundle: Sendable, Equatable {
  /// Representations by MIME type. Values are text; `application/json` holds serialised JSON,
  /// binary types hold base64.
  public var data: [String: String]
  /// Output metadata, as JSON.
  public var metadata: JSONValue
  public init(data: [String: String], metadata: JSONValue = .object([:])) {
    self.data = data
    self.metadata = metadata
  }
  /// A bundle with only `text/plain`.
  public static func plain(_ text: String) -> MimeBundle { MimeBundle(data: ["text/plain": text]) }
}

/// A Python exception as the frontend shows it: class name, message, formatted traceback lines.
public struct ErrorReport: Sendable, Equatable, Error {
  public var ename: String
  public var evalue: String
  /// The traceback as lines, in the style of the session (CPython's for scripts, IPython's for cells).
  public var traceback: [String]
  public init(ename: String, evalue: String, traceback: [String]) {
    self.ename = ename
    self.evalue = evalue
    self.traceback = traceback
  }
}

/// Something a running cell produced, in the order it produced it.
/// The Jupyter kernel turns each into an IOPub message; the notebook runner into an nbformat output.
public enum OutputEvent: Sendable, Equatable {
  /// Text written to stdout or stderr (already batched by the engine).
  case stream(StreamName, String)
  /// The value of the cell's last expression (`Out[n]`).
  case executeResult(executionCount: Int, MimeBundle)
  /// A rich output (`display(...)`, a plot, the shape trace). `displayID` is set for updatable displays.
  case displayData(MimeBundle, displayID: String?)
  /// Replaces the content of an earlier display with the same id.
  case updateDisplayData(MimeBundle, displayID: String)
  /// `clear_output(wait:)`.
  case clearOutput(wait: Bool)
  /// The exception that ended the cell.
  case error(ErrorReport)
}

/// Receives a session's output events. Called on the session's interpreter thread, in order.
public protocol OutputSink: Sendable {
  func emit(_ event: OutputEvent)
}

/// An OutputSink that keeps every event, for tests and the runner.
public final class CollectingSink: OutputSink {
  private let storage = Mutex<[OutputEvent]>([])
  public init() {}
  public func emit(_ event: OutputEvent) { storage.withLock { $0.append(event) } }
  /// The events received so far.
  public var events: [OutputEvent] { storage.withLock { $0 } }
  /// Concatenated stdout text.
  public var stdout: String {
    events.reduce(into: "") { text, event in
      if case .stream(.stdout, let s) = event { text += s }
    }
  }
  /// Concatenated stderr text.
  public var stderr: String {
    events.reduce(into: "") { text, event in
      if case .stream(.stderr, let s) = event { text += s }
    }
  }
}

/// A sink that forwards events to a closure.
public struct ClosureSink: OutputSink {
  private let body: @Sendable (OutputEvent) -> Void
  public init(_ body: @escaping @Sendable (OutputEvent) -> Void) { self.body = body }
  public func emit(_ event: OutputEvent) { body(event) }
}
