/// What a handler asks of the dispatcher after it returns.
public final class RequestOutcome {
  /// Requests that were queued on the channel when the handler failed with stop_on_error: the
  /// dispatcher aborts the execute requests among them and runs the rest, after this request's idle.
  public var queuedToAbort: [[[UInt8]]] = []
  /// Creates an outcome with nothing requested.
  public init() {}
}
