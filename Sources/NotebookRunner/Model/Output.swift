import ExecutionEngine

/// One output of a code cell, as nbformat 4 stores it. Text fields hold whole strings; the file's
/// lists of lines are joined on reading and split again on writing, as nbformat does.
public enum Output: Sendable, Equatable {
  /// Text written to a stream (`name` is `stdout` or `stderr`).
  case stream(name: String, text: String)
  /// The value of a cell's last expression (`Out[n]`).
  case executeResult(executionCount: Int?, data: [String: JSONValue], metadata: [String: JSONValue])
  /// A rich output: a mime bundle and its metadata.
  case displayData(data: [String: JSONValue], metadata: [String: JSONValue])
  /// The exception that ended the cell.
  case error(ename: String, evalue: String, traceback: [String])
}

extension Output {
  /// The output for an engine event, or nil for events that are not outputs (`clearOutput`,
  /// `updateDisplayData`: the executor applies those to earlier outputs).
  public init?(event: OutputEvent) {
    switch event {
    case .stream(let name, let text):
      self = .stream(name: name.rawValue, text: text)
    case .executeResult(let count, let bundle):
      self = .executeResult(executionCount: count, data: Output.data(of: bundle), metadata: Output.metadata(of: bundle))
    case .displayData(let bundle, _):
      self = .displayData(data: Output.data(of: bundle), metadata: Output.metadata(of: bundle))
    case .error(let report):
      self = .error(ename: report.ename, evalue: report.evalue, traceback: report.traceback)
    case .updateDisplayData, .clearOutput:
      return nil
    }
  }

  /// The bundle's representations as nbformat stores them: JSON types as JSON, the rest as text.
  static func data(of bundle: MimeBundle) -> [String: JSONValue] {
    bundle.data.reduce(into: [:]) { data, entry in
      if isJSONMime(entry.key), let json = try? JSONValue.parse(entry.value) {
        data[entry.key] = json
      } else {
        data[entry.key] = .string(entry.value)
      }
    }
  }

  static func metadata(of bundle: MimeBundle) -> [String: JSONValue] {
    bundle.metadata.objectValue ?? [:]
  }

  /// `application/json` and `application/*+json` hold JSON, not text (nbformat's `_is_json_mime`).
  static func isJSONMime(_ mime: String) -> Bool {
    mime == "application/json" || (mime.hasPrefix("application/") && mime.hasSuffix("+json"))
  }

  /// Types whose text nbformat writes as a list of lines (its `_split_mimebundle`).
  static func isSplitMime(_ mime: String) -> Bool {
    mime.hasPrefix("text/") || mime == "application/javascript" || mime == "image/svg+xml"
  }

  // MARK: JSON

  /// Reads an output object of an nbformat 4 file.
  init(json: JSONValue, at location: String) throws(NotebookFormatError) {
    guard case .object(let fields) = json else {
      throw NotebookFormatError(location: location, problem: "expected an output object")
    }
    func string(_ key: String) throws(NotebookFormatError) -> String {
      guard let value = fields[key]?.stringValue else {
        throw NotebookFormatError(location: "\(location).\(key)", problem: fields[key] == nil ? "missing" : "expected a string")
      }
      return value
    }
    switch fields["output_type"]?.stringValue {
    case "stream":
      self = .stream(name: try string("name"), text: try MultilineText.read(fields["text"], at: "\(location).text"))
    case "execute_result":
      let count: Int?
      switch fields["execution_count"] {
      case .int(let n)?: count = n
      case .null?, nil: count = nil
      case _?: throw NotebookFormatError(location: "\(location).execution_count", problem: "expected an integer or null")
      }
      self = .executeResult(
        executionCount: count, data: try Output.readBundle(fields["data"], at: "\(location).data"),
        metadata: try Output.readObject(fields["metadata"], at: "\(location).metadata"))
    case "display_data":
      self = .displayData(
        data: try Output.readBundle(fields["data"], at: "\(location).data"),
        metadata: try Output.readObject(fields["metadata"], at: "\(location).metadata"))
    case "error":
      guard case .array(let lines)? = fields["traceback"] else {
        throw NotebookFormatError(location: "\(location).traceback", problem: "expected a list of strings")
      }
      var traceback: [String] = []
      for (index, line) in lines.enumerated() {
        guard let text = line.stringValue else {
          throw NotebookFormatError(location: "\(location).traceback[\(index)]", problem: "expected a string")
        }
        traceback.append(text)
      }
      self = .error(ename: try string("ename"), evalue: try string("evalue"), traceback: traceback)
    case let other?:
      throw NotebookFormatError(location: "\(location).output_type", problem: "unknown output type \"\(other)\"")
    case nil:
      throw NotebookFormatError(location: "\(location).output_type", problem: "missing or not a string")
    }
  }

  /// The output object nbformat writes.
  var json: JSONValue {
    switch self {
    case .stream(let name, let text):
      return .object(["output_type": "stream", "name": .string(name), "text": MultilineText.write(text)])
    case .executeResult(let count, let data, let metadata):
      return .object([
        "output_type": "execute_result", "execution_count": count.map(JSONValue.int) ?? .null,
        "data": Output.writeBundle(data), "metadata": .object(metadata),
      ])
    case .displayData(let data, let metadata):
      return .object(["output_type": "display_data", "data": Output.writeBundle(data), "metadata": .object(metadata)])
    case .error(let ename, let evalue, let traceback):
      return .object([
        "output_type": "error", "ename": .string(ename), "evalue": .string(evalue),
        "traceback": .array(traceback.map(JSONValue.string)),
      ])
    }
  }

  /// A mime bundle with lists of lines joined (nbformat's `_rejoin_mimebundle`).
  static func readBundle(_ value: JSONValue?, at location: String) throws(NotebookFormatError) -> [String: JSONValue] {
    var data = try readObject(value, at: location)
    for (mime, value) in data where !isJSONMime(mime) {
      guard case .array(let parts) = value else { continue }
      let lines = parts.compactMap(\.stringValue)
      if lines.count == parts.count { data[mime] = .string(lines.joined()) }
    }
    return data
  }

  /// A mime bundle with text types split into lines (nbformat's `_split_mimebundle`).
  static func writeBundle(_ data: [String: JSONValue]) -> JSONValue {
    .object(data.reduce(into: [:]) { out, entry in
      if isSplitMime(entry.key), case .string(let text) = entry.value {
        out[entry.key] = MultilineText.write(text)
      } else {
        out[entry.key] = entry.value
      }
    })
  }

  /// An object field, or `{}` when missing.
  static func readObject(_ value: JSONValue?, at location: String) throws(NotebookFormatError) -> [String: JSONValue] {
    switch value {
    case .object(let members)?: return members
    case nil: return [:]
    case _?: throw NotebookFormatError(location: location, problem: "expected an object")
    }
  }
}
