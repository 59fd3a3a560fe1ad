/// A connection file that cannot be used.
public struct ConnectionFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public var description: String
  /// An error saying `description`.
  public init(_ description: String) { self.description = description }
}
