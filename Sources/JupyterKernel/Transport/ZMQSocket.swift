import CZeroMQ

/// One libzmq socket. Not Sendable on purpose: a libzmq socket must be created, used and closed on
/// one thread, so the compiler keeps it there. Threads exchange bytes, never sockets.
/// Every call is retried on `EINTR`; failures throw a typed `ZMQError`.
public final class ZMQSocket {
  /// The libzmq socket handle (for `zmq_poll`).
  let raw: UnsafeMutableRawPointer
  private var closed = false

  /// The largest multipart message accepted (all frames together); larger ones are read and dropped.
  public static let defaultMaxMessageBytes = 64 << 20

  /// Creates a socket of `type` in `context`, with `ZMQ_LINGER` set to `lingerMs`.
  public init(context: ZMQContext, type: ZMQSocketType, lingerMs: Int32 = 0) throws(ZMQError) {
    guard let raw = zmq_socket(context.raw, type.rawValue) else { throw ZMQError("zmq_socket") }
    self.raw = raw
    try setOption(ZMQ_LINGER, lingerMs)
  }

  deinit { close() }

  /// Closes the socket (idempotent). Pending outgoing messages linger as `ZMQ_LINGER` says.
  public func close() {
    guard !closed else { return }
    closed = true
    zmq_close(raw)
  }

  // MARK: - Options and endpoints

  /// Sets an `int` socket option.
  public func setOption(_ option: Int32, _ value: Int32) throws(ZMQError) {
    var v = value
    try retrying("zmq_setsockopt \(option)") { zmq_setsockopt(raw, option, &v, MemoryLayout<Int32>.size) }
  }

  /// Sets an `int64_t` socket option (e.g. `ZMQ_MAXMSGSIZE`).
  public func setOption(_ option: Int32, _ value: Int64) throws(ZMQError) {
    var v = value
    try retrying("zmq_setsockopt \(option)") { zmq_setsockopt(raw, option, &v, MemoryLayout<Int64>.size) }
  }

  /// Sets a binary socket option (e.g. `ZMQ_SUBSCRIBE`, `ZMQ_ROUTING_ID`).
  public func setOption(_ option: Int32, bytes: [UInt8]) throws(ZMQError) {
    try retrying("zmq_setsockopt \(option)") {
      bytes.withUnsafeBytes { zmq_setsockopt(raw, option, $0.baseAddress, $0.count) }
    }
  }

  /// Binds to `endpoint`, e.g. `tcp://127.0.0.1:5555`.
  public func bind(_ endpoint: String) throws(ZMQError) {
    try retrying("zmq_bind \(endpoint)") { zmq_bind(raw, endpoint) }
  }

  /// Connects to `endpoint`.
  public func connect(_ endpoint: String) throws(ZMQError) {
    try retrying("zmq_connect \(endpoint)") { zmq_connect(raw, endpoint) }
  }

  // MARK: - Messages

  /// Sends one multipart message. libzmq copies the bytes.
  public func send(_ frames: [[UInt8]]) throws(ZMQError) {
    guard !frames.isEmpty else { return }
    let last = frames.count - 1
    for (i, frame) in frames.enumerated() {
      let flags: Int32 = i == last ? 0 : ZMQ_SNDMORE
      try retrying("zmq_send") {
        frame.withUnsafeBytes { Int32(truncatingIfNeeded: zmq_send(raw, $0.baseAddress, $0.count, flags)) }
      }
    }
  }

  /// Receives one multipart message. Blocks unless `wait` is false, in which case it returns nil
  /// when nothing is queued. A message larger than `maxBytes` in total is read to its end and
  /// reported as `.oversized`, keeping none of its bytes.
  public func receive(wait: Bool = true, maxBytes: Int = ZMQSocket.defaultMaxMessageBytes) throws(ZMQError) -> ZMQReceived? {
    let msg = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
    defer { msg.deallocate() }
    var frames: [[UInt8]] = []
    var total = 0
    var oversized = false
    var first = true
    while true {
      zmq_msg_init(msg)
      defer { zmq_msg_close(msg) }
      let flags: Int32 = (first && !wait) ? ZMQ_DONTWAIT : 0
      var rc: Int32
      repeat { rc = zmq_msg_recv(msg, raw, flags) } while rc < 0 && zmq_errno() == EINTR
      if rc < 0 {
        let code = zmq_errno()
        if first && !wait && code == EAGAIN { return nil }
        throw ZMQError("zmq_msg_recv", code: code)
      }
      first = false
      let size = zmq_msg_size(msg)
      total += size
      if total > maxBytes { oversized = true }
      if !oversized {
        if size == 0 {
          frames.append([])
        } else if let data = zmq_msg_data(msg) {
          frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
        } else {
          frames.append([])
        }
      } else {
        frames.removeAll()
      }
      if zmq_msg_more(msg) == 0 { break }
    }
    return oversized ? .oversized(bytes: total) : .frames(frames)
  }

  // MARK: - Helpers

  private func retrying(_ operation: @autoclosure () -> String, _ call: () -> Int32) throws(ZMQError) {
    while true {
      if call() >= 0 { return }
      let code = zmq_errno()
      if code != EINTR { throw ZMQError(operation(), code: code) }
    }
  }
}
