import Dispatch
import ExecutionEngine
import Foundation
import Synchronization

/// Serves one Jupyter kernel over ZeroMQ for the lifetime of the process (`swifttorch kernel -f FILE`).
///
/// Threads: heartbeat (REP echo), control (ROUTER: shutdown, interrupt, kernel_info), shell (ROUTER:
/// requests run in order on the engine), IOPub (the only owner of the PUB socket, fed by a queue).
/// SIGINT and `interrupt_request` both call `Session.interrupt()`.
public final class KernelServer: Sendable {
  private let connection: ConnectionInfo
  private let kernel: KernelState
  private let publisher: IOPubPublisher
  private let context: ZMQContext

  /// Prepares a kernel for `connection`, running cells in `session`.
  public init(connection: ConnectionInfo, session: Session) throws(ZMQError) {
    self.connection = connection
    let codec = MessageCodec(signer: connection.signer)
    publisher = try IOPubPublisher(codec: codec)
    context = try ZMQContext()
    let username = ProcessInfo.processInfo.environment["USER"] ?? "kernel"
    kernel = KernelState(
      session: session, sessionID: UUID().uuidString.lowercased(), username: username, codec: codec,
      publisher: publisher)
  }

  /// Reads the connection file at `path`, binds every socket, and serves until a shutdown_request.
  /// Returns the process exit code (0 after a clean shutdown, 1 when the kernel could not start).
  public static func serve(connectionFile path: String, session: Session) -> Int32 {
    let info: ConnectionInfo
    do {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ConnectionFileError("cannot read \(path)")
      }
      info = try ConnectionInfo(json: Array(data))
    } catch {
      KernelLog.log("connection file \(path): \(error)")
      return 1
    }
    do {
      return try KernelServer(connection: info, session: session).run()
    } catch {
      KernelLog.log("cannot start: \(error)")
      return 1
    }
  }

  /// Starts the threads, publishes `starting`, then blocks until shutdown.
  public func run() -> Int32 {
    let interruptSource = installInterruptHandler()
    defer { interruptSource.cancel() }

    let startup = Startup()
    let threads = [
      startThread("heartbeat", startup) { [context, connection, kernel] ready in
        HeartbeatServer.run(
          context: context, endpoint: connection.endpoint(port: connection.hbPort), ready: ready,
          shouldStop: { kernel.isStopping })
      },
      startThread("iopub", startup) { [context, connection, publisher] ready in
        publisher.run(context: context, endpoint: connection.endpoint(port: connection.iopubPort), ready: ready)
      },
      startThread("control", startup) { [context, connection, kernel] ready in
        Self.serveChannel("control", port: connection.controlPort, context: context, connection: connection,
                          kernel: kernel, ready: ready, dispatcher: Self.controlDispatcher(kernel))
      },
      startThread("shell", startup, stackSize: 1 << 24) { [context, connection, kernel] ready in
        Self.serveChannel("shell", port: connection.shellPort, context: context, connection: connection,
                          kernel: kernel, ready: ready, dispatcher: Self.shellDispatcher(kernel))
      },
      startThread("stdin", startup) { [context, connection, kernel] ready in
        StdinChannel.run(context: context, endpoint: connection.endpoint(port: connection.stdinPort),
                         ready: ready, shouldStop: { kernel.isStopping })
      },
    ]
    if let failure = startup.wait(count: threads.count) {
      KernelLog.log("cannot bind: \(failure)")
      kernel.requestStop()
      publisher.stop()
      _ = threads.map { $0.join(timeout: 2) }
      return 1
    }
    kernel.publishStatus("starting", parent: [:])
    while !kernel.isStopping { usleep(50_000) }

    // Shutdown: let shell and control close their sockets, send what IOPub holds, then end the context.
    kernel.session.interrupt()
    publisher.flush(timeout: 1)
    publisher.stop()
    let deadline = DispatchTime.now() + 2  // jupyter_client sends SIGTERM 2.5 s after shutdown_request
    let allJoined = threads.map { $0.join(until: deadline) }.allSatisfy { $0 }
    if allJoined {
      context.terminate()
    } else {
      KernelLog.log("a thread did not stop in time; exiting without closing the ZeroMQ context")
      usleep(200_000)
    }
    return 0
  }

  // MARK: - Threads

  private func startThread(_ name: String, _ startup: Startup, stackSize: Int = 1 << 22,
                           _ body: @escaping @Sendable (@Sendable (ZMQError?) -> Void) -> Void) -> KernelThread {
    KernelThread(name: "swifttorch-\(name)", stackSize: stackSize) {
      body { error in startup.report(error) }
    }
  }

  private static func serveChannel(_ name: String, port: Int, context: ZMQContext, connection: ConnectionInfo,
                                   kernel: KernelState, ready: @Sendable (ZMQError?) -> Void,
                                   dispatcher: Dispatcher) {
    let loop: RequestLoop
    do {
      loop = try RequestLoop(context: context, channel: name, endpoint: connection.endpoint(port: port))
    } catch {
      ready(error)
      return
    }
    ready(nil)
    loop.run(shouldStop: { kernel.isStopping }, handle: { frames, sender in dispatcher.handle(frames, from: sender) })
  }

  /// The shell channel's handler table.
  static func shellDispatcher(_ kernel: KernelState) -> Dispatcher {
    let d = Dispatcher(channel: "shell", kernel: kernel)
    let execute = ExecuteHandler()
    d.register("execute_request", execute.handle)
    d.abortHandler = execute.abort
    d.register("kernel_info_request", KernelInfoHandler.handle)
    d.register("complete_request", IntrospectionHandlers.complete)
    d.register("inspect_request", IntrospectionHandlers.inspect)
    d.register("is_complete_request", IntrospectionHandlers.isComplete)
    d.register("history_request", IntrospectionHandlers.history)
    d.register("comm_info_request", IntrospectionHandlers.commInfo)
    d.register("shutdown_request", ControlHandlers.shutdown)  // deprecated on shell (5.4), still honoured
    return d
  }

  /// The control channel's handler table.
  static func controlDispatcher(_ kernel: KernelState) -> Dispatcher {
    let d = Dispatcher(channel: "control", kernel: kernel)
    d.register("shutdown_request", ControlHandlers.shutdown)
    d.register("interrupt_request", ControlHandlers.interrupt)
    d.register("kernel_info_request", KernelInfoHandler.handle)
    return d
  }

  /// SIGINT (Jupyter's default interrupt) → `Session.interrupt()`, via a dispatch source: the signal is
  /// ignored first so its default action cannot kill the kernel, and no zmq call sees EINTR from it.
  private func installInterruptHandler() -> any DispatchSourceSignal {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    let session = kernel.session
    source.setEventHandler { session.interrupt() }
    source.resume()
    return source
  }
}
