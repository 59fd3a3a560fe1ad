import ExecutionEngine

/// An nbformat 4 notebook. Reads versions 4.0–4.5 and writes 4.5, as nbformat's own writer does,
/// byte for byte: cells get ids when the file has none, metadata the runner does not know is kept.
public struct Notebook: Sendable, Equatable {
  /// The minor version the document was read as (0–5); it is written as 4.5.
  public var originalMinor: Int
  /// Notebook metadata (kernelspec, language_info and anything else), kept as read.
  public var metadata: [String: JSONValue]
  /// The cells, in order.
  public var cells: [Cell]
  /// Other top-level fields, kept as read.
  public var otherFields: [String: JSONValue]

  /// The nbformat minor version this runner writes.
  public static let writtenMinor = 5

  /// A new notebook. Cells without ids get position-derived ones (see `CellID`).
  public init(cells: [Cell], metadata: [String: JSONValue] = [:]) {
    self.originalMinor = Notebook.writtenMinor
    self.metadata = metadata
    self.cells = cells
    self.otherFields = [:]
    CellID.assignMissing(in: &self.cells)
  }

  private static let knownFields: Set<String> = ["cells", "metadata", "nbformat", "nbformat_minor"]

  /// Reads a parsed nbformat 4.0–4.5 document. Refuses other versions (nbformat 3's worksheets included)
  /// and anything that is not a notebook, naming the place in the document.
  public init(json: JSONValue) throws(NotebookFormatError) {
    guard case .object(let fields) = json else {
      throw NotebookFormatError(location: "", problem: "not a notebook (the document is not a JSON object)")
    }
    guard let major = fields["nbformat"]?.intValue else {
      throw NotebookFormatError(location: "nbformat", problem: "missing or not an integer: not a notebook")
    }
    guard major == 4 else {
      let hint = major < 4 ? "; upgrade it with `jupyter nbconvert --to notebook --nbformat 4`" : ""
      throw NotebookFormatError(location: "", problem: "nbformat \(major) notebooks are not supported (only 4.0–4.5)\(hint)")
    }
    guard let minor = fields["nbformat_minor"]?.intValue else {
      throw NotebookFormatError(location: "nbformat_minor", problem: "missing or not an integer")
    }
    guard (0...Notebook.writtenMinor).contains(minor) else {
      throw NotebookFormatError(location: "", problem: "nbformat 4.\(minor) is not supported (only 4.0–4.5)")
    }
    guard case .array(let cellValues)? = fields["cells"] else {
      throw NotebookFormatError(location: "cells", problem: "missing or not a list")
    }
    var cells: [Cell] = []
    for (index, value) in cellValues.enumerated() {
      cells.append(try Cell(json: value, at: "cells[\(index)]"))
    }
    var metadata = try Output.readObject(fields["metadata"], at: "metadata")
    for transient in ["orig_nbformat", "orig_nbformat_minor", "signature"] { metadata[transient] = nil }
    self.originalMinor = minor
    self.metadata = metadata
    self.cells = cells
    self.otherFields = fields.filter { !Notebook.knownFields.contains($0.key) }
    CellID.assignMissing(in: &self.cells)
  }

  /// Reads a notebook from the bytes of an `.ipynb` file.
  public init(bytes: [UInt8]) throws(NotebookReadError) {
    guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8 }
    let json: JSONValue
    do { json = try JSONValue.parse(bytes) } catch { throw .invalidJSON(error) }
    do { try self.init(json: json) } catch { throw .invalidNotebook(error) }
  }

  /// The document nbformat 4.5 writes.
  public var json: JSONValue {
    var fields = otherFields
    fields["nbformat"] = 4
    fields["nbformat_minor"] = .int(Notebook.writtenMinor)
    fields["metadata"] = .object(metadata)
    fields["cells"] = .array(cells.map(\.json))
    return .object(fields)
  }

  /// The file's bytes, as `nbformat.write` produces them (indent 1, sorted keys, trailing newline).
  public func fileBytes() -> [UInt8] { json.nbformatBytes() }
}
