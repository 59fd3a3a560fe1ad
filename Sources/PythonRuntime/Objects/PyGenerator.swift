import Foundation

/// A generator object. Its body runs on a helper thread that strictly alternates with the caller
/// (a handoff through semaphores), so the interpreter is never used by two threads at once.
/// Dropping an unfinished generator closes it: GeneratorExit is raised at its paused `yield`.
public final class PyGenerator: PyObject {
  let channel: GeneratorChannel
  let code: FunctionCode
  let frame: Frame
  public let name: String

  init(type: PyType, frame: Frame, code: FunctionCode) {
    self.channel = GeneratorChannel()
    self.code = code
    self.frame = frame
    self.name = code.name
    super.init(type: type)
  }

  deinit { channel.close() }

  /// Runs the generator until its next `yield` (returns the value) or its end (returns nil).
  public func resume(_ interp: Interpreter, send value: Value, throwing: PyError? = nil) throws -> Value? {
    try channel.resume(interp: interp, frame: frame, code: code, send: value, throwing: throwing)
  }
}

/// The handoff between a generator's thread and its caller.
final class GeneratorChannel: @unchecked Sendable {
  enum State { case notStarted, suspended, running, finished }
  enum Outcome { case yielded(Value), returned(Value), failed(Error) }
  private(set) var state = State.notStarted
  private let toGenerator = DispatchSemaphore(value: 0)
  private let toCaller = DispatchSemaphore(value: 0)
  private var outcome: Outcome = .returned(.none)
  private var sent: Value = .none
  private var thrown: PyError?
  private var closing = false
  /// The generator thread's stack floor, reinstalled each time it resumes.
  private var stackFloor: UInt = 0
  /// The interpreter that last resumed the generator (to restore its state after `close`).
  private weak var interp: Interpreter?
  /// The return value of a finished generator (for `yield from`).
  var returnValue: Value = .none

  func resume(interp: Interpreter, frame: Frame, code: FunctionCode, send: Value, throwing: PyError?) throws -> Value? {
    // Read the caller's stack floor and depth before the generator thread can run and change them.
    let callerFloor = interp.stackFloor
    let callerDepth = interp.depth
    switch state {
    case .finished:
      if let throwing { throw throwing }
      return nil
    case .running:
      throw interp.error(interp.types.valueError, "generator already executing")
    case .notStarted:
      if let throwing {
        state = .finished
        throw throwing
      }
      if !send.isNone { throw interp.typeError("can't send non-None value to a just-started generator") }
      state = .running
      frame.generator = self
      let box = UncheckedBox((interp, frame, code))
      let thread = Thread { [self] in
        let (interp, frame, code) = box.value
        let depthBefore = interp.depth
        let floor = Interpreter.currentStackFloor()
        self.stackFloor = floor
        interp.stackFloor = floor
        do {
          let v = try interp.run(frame: frame, code: code)
          self.outcome = .returned(v)
        } catch {
          self.outcome = .failed(error)
        }
        interp.depth = depthBefore
        self.state = .finished
        self.toCaller.signal()
      }
      thread.stackSize = 64 << 20
      thread.start()
    case .suspended:
      state = .running
      sent = send
      thrown = throwing
      toGenerator.signal()
    }
    self.interp = interp
    toCaller.wait()
    interp.stackFloor = callerFloor
    interp.depth = callerDepth
    switch outcome {
    case .yielded(let v):
      state = .suspended
      return v
    case .returned(let v):
      state = .finished
      returnValue = v
      return nil
    case .failed(let e):
      state = .finished
      if let pe = e as? PyError, pe.exception.type.isSubtype(of: interp.types.stopIteration) {
        let r = interp.runtimeError("generator raised StopIteration")
        r.exception.exception?.cause = .object(pe.exception)
        r.exception.exception?.context = .object(pe.exception)
        r.exception.exception?.suppressContext = true
        throw r
      }
      throw e
    }
  }

  /// Called on the generator's thread by `yield`: hands `value` to the caller and waits to be resumed.
  func yield(_ value: Value, interp: Interpreter) throws -> Value {
    let depth = interp.depth
    outcome = .yielded(value)
    toCaller.signal()
    toGenerator.wait()
    interp.depth = depth
    interp.stackFloor = stackFloor
    if closing { throw interp.error(interp.types.generatorExit, nil) }
    if let t = thrown {
      thrown = nil
      throw t
    }
    return sent
  }

  /// Ends a suspended generator's thread (GeneratorExit at its yield).
  func close() {
    guard state == .suspended else { return }
    closing = true
    state = .running
    let savedFloor = interp?.stackFloor
    let savedDepth = interp?.depth
    toGenerator.signal()
    toCaller.wait()
    if let interp, let savedFloor, let savedDepth {
      interp.stackFloor = savedFloor
      interp.depth = savedDepth
    }
    state = .finished
  }
}

/// Moves a non-Sendable value to another thread when the handoff guarantees exclusive use.
struct UncheckedBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

extension Interpreter {
  func makeGenerator(frame: Frame, code: FunctionCode) -> Value {
    .object(PyGenerator(type: types.generator, frame: frame, code: code))
  }
}
