import ExecutionEngine
import Testing
@testable import JupyterKernel

/// The socket wrapper over real libzmq (inproc, no ports).
struct TransportTests {
  @Test func multipartRoundTripWithEmptyFrames() throws {
    let context = try ZMQContext()
    defer { context.terminate() }
    let a = try ZMQSocket(context: context, type: .pair)
    let b = try ZMQSocket(context: context, type: .pair)
    defer { a.close(); b.close() }
    try a.bind("inproc://roundtrip")
    try b.connect("inproc://roundtrip")
    let frames: [[UInt8]] = [[1, 2], [], Array(repeating: 7, count: 100_000)]
    try a.send(frames)
    #expect(try ZMQPoller.readable([.socket(b)], timeoutMs: 1000) == [true])
    #expect(try b.receive() == .frames(frames))
    #expect(try b.receive(wait: false) == nil)
  }

  @Test func oversizedMessageIsReadAndDiscarded() throws {
    let context = try ZMQContext()
    defer { context.terminate() }
    let a = try ZMQSocket(context: context, type: .pair)
    let b = try ZMQSocket(context: context, type: .pair)
    defer { a.close(); b.close() }
    try a.bind("inproc://big")
    try b.connect("inproc://big")
    try a.send([Array(repeating: 1, count: 600), Array(repeating: 2, count: 600)])
    try a.send([[3]])
    #expect(try b.receive(maxBytes: 1000) == .oversized(bytes: 1200))
    #expect(try b.receive(maxBytes: 1000) == .frames([[3]]))  // the next message is intact
  }

  @Test func bindErrorsAreTyped() throws {
    let context = try ZMQContext()
    defer { context.terminate() }
    let s = try ZMQSocket(context: context, type: .router)
    defer { s.close() }
    #expect(throws: ZMQError.self) { try s.bind("tcp://not an address") }
  }

  @Test func wakeupSignalWakesPoll() throws {
    let wakeup = try WakeupSignal()
    #expect(try ZMQPoller.readable([.fileDescriptor(wakeup.fd)], timeoutMs: 0) == [false])
    wakeup.signal()
    wakeup.signal()
    #expect(try ZMQPoller.readable([.fileDescriptor(wakeup.fd)], timeoutMs: 1000) == [true])
    wakeup.reset()
    #expect(try ZMQPoller.readable([.fileDescriptor(wakeup.fd)], timeoutMs: 0) == [false])
  }

  @Test func kernelspecJSON() throws {
    let spec = Kernelspec(binaryPath: "/opt/bin/swifttorch")
    #expect(spec.json["argv"] == ["/opt/bin/swifttorch", "kernel", "-f", "{connection_file}"])
    #expect(spec.json["interrupt_mode"] == "signal")
    #expect(spec.json["language"] == "python")
    #expect(spec.json["env"]?["SWIFT_BACKTRACE"] == "enable=no")
    #expect(Kernelspec.prefixKernelsDirectory(prefix: "/x/.venv/") == "/x/.venv/share/jupyter/kernels")
    #expect(Kernelspec.userKernelsDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/jupyter/kernels")
    #expect(Kernelspec.userKernelsDirectory(environment: ["HOME": "/h", "JUPYTER_DATA_DIR": "/d"]) == "/d/kernels")
  }
}
