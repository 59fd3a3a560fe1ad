import ExecutionEngine

/// Turns one cell's engine events into its nbformat outputs, in order.
struct CellOutputRecorder {
  /// The index of the cell being run.
  let cell: Int
  /// The cell's outputs so far.
  var outputs: [Output]
  /// `clear_output(wait=True)` was called: clear before the next output arrives.
  private var clearBeforeNextOutput = false

  init(cell: Int) {
    self.cell = cell
    self.outputs = []
  }

  /// Applies one event. Display updates may change outputs of earlier cells in `notebook`
  /// (the running cell's own outputs live in `outputs` until the cell ends).
  mutating func apply(_ event: OutputEvent, to notebook: inout Notebook, displays: inout DisplayIndex) {
    switch event {
    case .clearOutput(let wait):
      if wait {
        clearBeforeNextOutput = true
      } else {
        clear(displays: &displays)
      }
    case .updateDisplayData(let bundle, let displayID):
      let data = Output.data(of: bundle)
      let metadata = Output.metadata(of: bundle)
      for place in displays.places(of: displayID) {
        if place.cell == cell {
          Self.replace(in: &outputs, at: place.output, data: data, metadata: metadata)
        } else if notebook.cells.indices.contains(place.cell) {
          Self.replace(in: &notebook.cells[place.cell].outputs, at: place.output, data: data, metadata: metadata)
        }
      }
    default:
      guard let output = Output(event: event) else { return }
      if clearBeforeNextOutput {
        clear(displays: &displays)
        clearBeforeNextOutput = false
      }
      if case .displayData(_, let displayID?) = event {
        displays.record(displayID, cell: cell, output: outputs.count)
      }
      append(output)
    }
  }

  /// Appends an output, merging stream text into a preceding stream output of the same name.
  private mutating func append(_ output: Output) {
    if case .stream(let name, let text) = output, case .stream(let lastName, let lastText)? = outputs.last,
      lastName == name
    {
      outputs[outputs.count - 1] = .stream(name: name, text: lastText + text)
    } else {
      outputs.append(output)
    }
  }

  private mutating func clear(displays: inout DisplayIndex) {
    outputs = []
    displays.forget(cell: cell)
  }

  /// Replaces the bundle of a display_data or execute_result output.
  private static func replace(in outputs: inout [Output], at index: Int, data: [String: JSONValue], metadata: [String: JSONValue]) {
    guard outputs.indices.contains(index) else { return }
    switch outputs[index] {
    case .displayData: outputs[index] = .displayData(data: data, metadata: metadata)
    case .executeResult(let count, _, _): outputs[index] = .executeResult(executionCount: count, data: data, metadata: metadata)
    default: break
    }
  }
}
