/// Where IOPub messages go. Callable from any thread; messages keep the order of `publish` calls.
public protocol MessagePublisher: Sendable {
  /// Signs and sends (or queues) one IOPub message.
  func publish(_ message: JupyterMessage)
  /// Returns once everything published before the call is on its way (bounded by `timeout` seconds).
  func flush(timeout: Double)
}
