/// The heartbeat: a REP socket on its own thread echoing every message back, so clients see the kernel
/// alive while a cell runs.
public enum HeartbeatServer {
  /// Binds REP to `endpoint`, reports through `ready`, echoes until `shouldStop()` is true.
  public static func run(context: ZMQContext, endpoint: String, ready: @Sendable (ZMQError?) -> Void,
                         shouldStop: @Sendable () -> Bool) {
    let socket: ZMQSocket
    do {
      socket = try ZMQSocket(context: context, type: .rep)
      try socket.bind(endpoint)
    } catch {
      ready(error)
      return
    }
    ready(nil)
    defer { socket.close() }
    while !shouldStop() {
      do {
        guard try ZMQPoller.readable([.socket(socket)], timeoutMs: 200).first == true else { continue }
        guard let received = try socket.receive(wait: false, maxBytes: 1 << 20) else { continue }
        switch received {
        case .frames(let frames): try socket.send(frames)
        case .oversized: try socket.send([[]])  // REP must answer before it can receive again
        }
      } catch {
        KernelLog.log("heartbeat: \(error)")
        if error.isTerminating { return }
      }
    }
  }
}
