/// The stdin channel's ROUTER socket. The kernel binds it (clients connect to it at start) but does not
/// ask for input yet: cells run with `allow_stdin` off, so `input()` fails at once instead of hanging.
public enum StdinChannel {
  /// Binds ROUTER to `endpoint`, reports through `ready`, drains stray messages until `shouldStop()`.
  public static func run(context: ZMQContext, endpoint: String, ready: @Sendable (ZMQError?) -> Void,
                         shouldStop: @Sendable () -> Bool) {
    let socket: ZMQSocket
    do {
      socket = try ZMQSocket(context: context, type: .router)
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
        if try socket.receive(wait: false) != nil {
          KernelLog.log("stdin: dropped an unexpected message (no input request is pending)")
        }
      } catch {
        KernelLog.log("stdin: \(error)")
        if error.isTerminating { return }
      }
    }
  }
}
