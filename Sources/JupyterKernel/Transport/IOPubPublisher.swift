import Foundation

/// Publishes IOPub messages. Any thread (shell, control, the engine's session thread) may call
/// `publish`; the message is signed there and queued, and the one IOPub thread, which alone owns the
/// PUB socket, sends queued messages in order. `flush` waits until everything queued so far is on the
/// socket, so replies never overtake the outputs they follow.
public final class IOPubPublisher: MessagePublisher, @unchecked Sendable {
  // @unchecked: all mutable state (`queue`, `enqueued`, `sent`, `stopping`) is guarded by `condition`.
  private let condition = NSCondition()
  private var queue: [[[UInt8]]] = []
  private var enqueued = 0
  private var sent = 0
  private var stopping = false
  private let wakeup: WakeupSignal
  private let codec: MessageCodec

  /// A publisher that signs with `codec`.
  public init(codec: MessageCodec) throws(ZMQError) {
    self.codec = codec
    wakeup = try WakeupSignal()
  }

  /// Signs and queues `message` (its identities are the topic frame).
  public func publish(_ message: JupyterMessage) {
    let frames = codec.encode(message)
    condition.lock()
    queue.append(frames)
    enqueued += 1
    condition.unlock()
    wakeup.signal()
  }

  /// Waits until every message queued before this call has been handed to the socket (at most `timeout`).
  public func flush(timeout: Double = 5) {
    let deadline = Date(timeIntervalSinceNow: timeout)
    condition.lock()
    let target = enqueued
    while sent < target && !stopping {
      if !condition.wait(until: deadline) { break }
    }
    condition.unlock()
  }

  /// Asks the IOPub loop to send what is queued and stop.
  public func stop() {
    condition.lock()
    stopping = true
    condition.broadcast()
    condition.unlock()
    wakeup.signal()
  }

  /// The IOPub thread's body: binds a PUB socket to `endpoint`, reports the outcome through `ready`,
  /// then sends queued messages until `stop()`.
  public func run(context: ZMQContext, endpoint: String, ready: @Sendable (ZMQError?) -> Void) {
    let socket: ZMQSocket
    do {
      socket = try ZMQSocket(context: context, type: .pub, lingerMs: 1000)
      try socket.bind(endpoint)
    } catch {
      ready(error)
      return
    }
    ready(nil)
    defer { socket.close() }
    while true {
      do {
        _ = try ZMQPoller.readable([.fileDescriptor(wakeup.fd)], timeoutMs: 500)
      } catch {
        KernelLog.log("iopub poll failed: \(error)")
        return
      }
      wakeup.reset()
      condition.lock()
      let batch = queue
      queue.removeAll()
      let done = stopping
      condition.unlock()
      for frames in batch {
        do {
          try socket.send(frames)
        } catch {
          KernelLog.log("iopub send failed: \(error)")
          if error.isTerminating { return }
        }
      }
      condition.lock()
      sent += batch.count
      condition.broadcast()
      let finished = stopping && queue.isEmpty
      condition.unlock()
      if done && finished { return }
    }
  }
}
