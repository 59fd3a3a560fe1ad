import ExecutionEngine

/// One cell of a notebook. Fields the model does not know (`attachments`, future additions) are kept
/// as read, so a round trip through the runner loses nothing.
public struct Cell: Sendable, Equatable {
  /// The nbformat 4.5 cell id; nil only before the notebook assigns ids.
  public var id: String?
  /// Code, markdown or raw.
  public var kind: CellKind
  /// The cell's text, joined from the file's list of lines.
  public var source: String
  /// Cell metadata, including keys the runner does not know.
  public var metadata: [String: JSONValue]
  /// `In[n]` of the last run (code cells); nil when never run.
  public var executionCount: Int?
  /// The outputs of the last run (code cells).
  public var outputs: [Output]
  /// Other fields of the cell object, kept as they were read.
  public var otherFields: [String: JSONValue]

  public init(
    id: String? = nil, kind: CellKind, source: String, metadata: [String: JSONValue] = [:],
    executionCount: Int? = nil, outputs: [Output] = [], otherFields: [String: JSONValue] = [:]
  ) {
    self.id = id
    self.kind = kind
    self.source = source
    self.metadata = metadata
    self.executionCount = executionCount
    self.outputs = outputs
    self.otherFields = otherFields
  }

  /// The cell's `metadata.tags` (nbclient honours `skip-execution` and `raises-exception`).
  public var tags: [String] { metadata["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [] }

  private static let knownFields: Set<String> = ["id", "cell_type", "source", "metadata", "execution_count", "outputs"]

  /// Reads a cell object of an nbformat 4 file.
  init(json: JSONValue, at location: String) throws(NotebookFormatError) {
    guard case .object(let fields) = json else {
      throw NotebookFormatError(location: location, problem: "expected a cell object")
    }
    guard let type = fields["cell_type"]?.stringValue else {
      throw NotebookFormatError(location: "\(location).cell_type", problem: "missing or not a string")
    }
    guard let kind = CellKind(rawValue: type) else {
      throw NotebookFormatError(
        location: "\(location).cell_type", problem: "unknown cell type \"\(type)\" (expected code, markdown or raw)")
    }
    var id: String?
    switch fields["id"] {
    case .string(let s)?: id = s
    case nil: id = nil
    case _?: throw NotebookFormatError(location: "\(location).id", problem: "expected a string")
    }
    var metadata = try Output.readObject(fields["metadata"], at: "\(location).metadata")
    metadata["trusted"] = nil  // transient, as nbformat strips it
    var executionCount: Int?
    var outputs: [Output] = []
    if kind == .code {
      switch fields["execution_count"] {
      case .int(let n)?: executionCount = n
      case .null?, nil: executionCount = nil
      case _?: throw NotebookFormatError(location: "\(location).execution_count", problem: "expected an integer or null")
      }
      switch fields["outputs"] {
      case .array(let items)?:
        for (index, item) in items.enumerated() {
          outputs.append(try Output(json: item, at: "\(location).outputs[\(index)]"))
        }
      case nil: break
      case _?: throw NotebookFormatError(location: "\(location).outputs", problem: "expected a list")
      }
    }
    self.init(
      id: id, kind: kind, source: try MultilineText.read(fields["source"], at: "\(location).source"),
      metadata: metadata, executionCount: executionCount, outputs: outputs,
      otherFields: fields.filter { !Cell.knownFields.contains($0.key) })
  }

  /// The cell object nbformat 4.5 writes.
  var json: JSONValue {
    var fields = otherFields
    fields["cell_type"] = .string(kind.rawValue)
    if let id { fields["id"] = .string(id) }
    fields["metadata"] = .object(metadata)
    fields["source"] = MultilineText.write(source)
    if kind == .code {
      fields["execution_count"] = executionCount.map(JSONValue.int) ?? .null
      fields["outputs"] = .array(outputs.map(\.json))
    }
    return .object(fields)
  }
}
