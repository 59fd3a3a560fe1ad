/// One parameter injected into notebooks: `-p NAME VALUE` or an entry of a `-f` file.
public struct NotebookParameter: Sendable, Equatable {
  /// The Python variable name.
  public var name: String
  /// Its typed value.
  public var value: ParameterValue

  public init(name: String, value: ParameterValue) {
    self.name = name
    self.value = value
  }

  /// The parameters merged as papermill merges them (a dict update): a later value for a name replaces
  /// the earlier one in its original place.
  public static func merged(_ lists: [[NotebookParameter]]) -> [NotebookParameter] {
    var result: [NotebookParameter] = []
    for parameter in lists.joined() {
      if let index = result.firstIndex(where: { $0.name == parameter.name }) {
        result[index].value = parameter.value
      } else {
        result.append(parameter)
      }
    }
    return result
  }
}
