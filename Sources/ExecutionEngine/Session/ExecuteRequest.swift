/// One request to run code in a session: what Jupyter's `execute_request` carries, minus the wire.
public struct ExecuteRequest: Sendable {
  /// The cell's source text.
  public var code: String
  /// Silent requests produce no execute_result, do not count and are not stored in history.
  public var silent: Bool
  /// Whether the cell is stored in history and increments the execution count.
  public var storeHistory: Bool
  /// Whether `input()` may ask the frontend; when false, `input()` raises StdinNotImplementedError at once.
  public var allowStdin: Bool
  /// Expressions to evaluate after the cell, by name (Jupyter's `user_expressions`).
  public var userExpressions: [String: String]

  public init(code: String, silent: Bool = false, storeHistory: Bool = true, allowStdin: Bool = false, userExpressions: [String: String] = [:]) {
    self.code = code
    self.silent = silent
    self.storeHistory = storeHistory
    self.allowStdin = allowStdin
    self.userExpressions = userExpressions
  }
}

/// How a request ended.
public enum ExecuteStatus: Sendable, Equatable {
  case ok
  case error(ErrorReport)
  /// Not run (a queued cell after an error with stop_on_error).
  case aborted
}

/// The answer to an ExecuteRequest, sent after all its output events.
public struct ExecuteReply: Sendable, Equatable {
  public var status: ExecuteStatus
  /// The execution count of this request (Jupyter's `In[n]`).
  public var executionCount: Int
  /// Results of `userExpressions`: a mime bundle or an error per name.
  public var userExpressions: [String: UserExpressionResult]
  /// Pager payloads (`obj?`), as mime bundles.
  public var pagerPayloads: [MimeBundle]

  public init(status: ExecuteStatus, executionCount: Int, userExpressions: [String: UserExpressionResult] = [:], pagerPayloads: [MimeBundle] = []) {
    self.status = status
    self.executionCount = executionCount
    self.userExpressions = userExpressions
    self.pagerPayloads = pagerPayloads
  }
}

/// The value of one user expression.
public enum UserExpressionResult: Sendable, Equatable {
  case value(MimeBundle)
  case error(ErrorReport)
}

/// Answers `input()` and `getpass()` calls from the running code (the kernel's stdin channel).
public protocol InputProvider: Sendable {
  /// Asks the user for one line. Throws `InputInterrupted` when the wait was interrupted.
  func readLine(prompt: String, password: Bool) throws -> String
}

/// Thrown by an InputProvider when an interrupt cut the wait short.
public struct InputInterrupted: Error, Sendable {
  public init() {}
}
