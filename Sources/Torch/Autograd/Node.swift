/// A node of the autograd graph (`tensor.grad_fn`): computes the gradients of an op's inputs from the
/// gradient of its output. Leaves get an `AccumulateGrad` node that adds into `tensor.grad`.
public final class Node {
  /// torch's class name, e.g. `TanhBackward0` (shown as `grad_fn=<TanhBackward0>`).
  public internal(set) var name: String
  /// Creation order; later nodes run first in the backward pass, as in torch.
  let sequenceNr: Int
  /// Where each forward input's gradient goes (nil for inputs that need no grad).
  let nextEdges: [Edge?]
  /// Number of forward outputs (1 except for ops like unbind/split).
  let numOutputs: Int
  /// Maps the outputs' gradients (nil where an output got none) to one gradient per forward input; nil after release.
  var backwardFn: (([Tensor?]) throws -> [Tensor?])?
  /// True if the closure holds saved tensors (backward twice without retain_graph then fails).
  let savesTensors: Bool
  /// The leaf tensor, for AccumulateGrad nodes.
  let variable: Tensor?
  /// Saved tensors and the storage version each had when saved (checked before backward runs).
  var savedVersions: [SavedVersion] = []
  /// A non-leaf output that asked for `retain_grad()`.
  weak var retainedOutput: Tensor?

  init(name: String, sequenceNr: Int, nextEdges: [Edge?], numOutputs: Int = 1, savesTensors: Bool,
       variable: Tensor? = nil, backward: (([Tensor?]) throws -> [Tensor?])?) {
    self.name = name
    self.sequenceNr = sequenceNr
    self.nextEdges = nextEdges
    self.numOutputs = numOutputs
    self.savesTensors = savesTensors
    self.variable = variable
    self.backwardFn = backward
  }

  /// The nodes this node sends gradients to (`grad_fn.next_functions`, without the input numbers).
  public var nextFunctions: [Node?] { nextEdges.map { $0?.node } }
}

/// A graph edge: the node that receives a gradient and which of its outputs the gradient belongs to.
struct Edge {
  let node: Node
  let outputNr: Int
}

extension TorchContext {
  /// A fresh, increasing sequence number for autograd nodes.
  func nextSequenceNumber() -> Int {
    sequenceCounter &+= 1
    return sequenceCounter
  }
}

extension Tensor {
  /// The node gradients flow into for this tensor: its grad_fn, or its AccumulateGrad if it is a leaf requiring grad.
  func gradEdge() -> Edge? {
    if let f = gradFn { return Edge(node: f, outputNr: outputNr) }
    guard requiresGradFlag else { return nil }
    if let acc = gradAccumulator { return Edge(node: acc, outputNr: 0) }
    let acc = Node(name: "AccumulateGrad", sequenceNr: Int.max, nextEdges: [], savesTensors: false,
                   variable: self, backward: nil)
    gradAccumulator = acc
    return Edge(node: acc, outputNr: 0)
  }
}

/// True when an op on these inputs must be recorded for autograd.
@inline(__always)
func gradNeeded(_ a: Tensor) -> Bool { a.context.gradEnabled && a.requiresGrad }
/// True when an op on these inputs must be recorded for autograd.
@inline(__always)
func gradNeeded(_ a: Tensor, _ b: Tensor) -> Bool {
  a.context.gradEnabled && (a.requiresGrad || b.requiresGrad)
}
/// True when an op on these inputs must be recorded for autograd.
func gradNeeded(_ ts: [Tensor]) -> Bool {
  guard let f = ts.first, f.context.gradEnabled else { return false }
  return ts.contains { $0.requiresGrad }
}

/// Attaches a new node named `name` to `output`, with one edge per input, when autograd needs it.
/// `backward` maps the output's gradient to one gradient per input (nil where none is needed).
/// When `saves` is true, the storage versions of `saved` (default: the inputs) are snapshot, and backward fails
/// with torch's message if any of them was modified in place afterwards.
@inline(__always)
func record(
  _ name: String, _ output: Tensor, _ inputs: [Tensor], saves: Bool = true, saved: [Tensor]? = nil,
  _ backward: @escaping (Tensor) throws -> [Tensor?]
) {
  let node = Node(name: name, sequenceNr: output.context.nextSequenceNumber(),
                  nextEdges: inputs.map { $0.gradEdge() }, savesTensors: saves) { grads in
    guard let g = grads.first, let g else { return [] }
    return try backward(g)
  }
  if saves {
    node.savedVersions = (saved ?? inputs).map { SavedVersion($0, isOutput: $0 === output) }
  }
  output.gradFn = node
  output.outputNr = 0
}

extension Node {
  /// Throws torch's error if a saved tensor was modified in place after it was saved.
  func checkSavedVersions() throws {
    for s in savedVersions where s.tensor.storage.version != s.version {
      let t = s.tensor
      var what = "[torch.\(t.dtype.legacyName)Tensor \(Tensor.formatList(t.shape))]"
      // torch names the node that produced the saved tensor: this node for a saved output, else the input's grad_fn.
      let producer: (name: String, nr: Int)? = s.isOutput ? (name, 0) : s.original?.gradFn.map { ($0.name, s.original?.outputNr ?? 0) }
      if let producer { what += ", which is output \(producer.nr) of \(Node.shortName(producer.name))," }
      throw TorchError.runtime(
        "one of the variables needed for gradient computation has been modified by an inplace operation: \(what) is at version \(t.storage.version); expected version \(s.version) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    }
  }

  /// A node name without its `Backward<N>` suffix (`ExpBackward0` → `Exp`), as torch's saved-variable errors print it.
  static func shortName(_ name: String) -> String {
    var base = Substring(name)
    while let last = base.last, last.isNumber { base.removeLast() }
    guard base.hasSuffix("Backward") else { return name }
    return String(base.dropLast(8))
  }
}

/// A tensor saved for backward, with the storage version it had then (in-place changes afterwards are an error).
struct SavedVersion {
  /// A detached alias of the saved tensor (shares its storage and version counter).
  let tensor: Tensor
  /// The storage version at save time.
  let version: Int
  /// True when the saved tensor is the op's own output.
  let isOutput: Bool
  /// The saved tensor itself, to name its current grad_fn in the error.
  weak var original: Tensor?

  init(_ t: Tensor, isOutput: Bool) {
    tensor = t.detach()
    version = t.storage.version
    self.isOutput = isOutput
    original = isOutput ? nil : t
  }
}

/// Attaches one node with several outputs (unbind, split) to `outputs`; `backward` gets one gradient per output
/// (nil where an output received none) and returns one per input.
func recordMulti(
  _ name: String, _ outputs: [Tensor], _ inputs: [Tensor], saves: Bool = false,
  _ backward: @escaping ([Tensor?]) throws -> [Tensor?]
) {
  guard let first = outputs.first else { return }
  let node = Node(name: name, sequenceNr: first.context.nextSequenceNumber(), nextEdges: inputs.map { $0.gradEdge() },
                  numOutputs: outputs.count, savesTensors: saves, backward: backward)
  for (i, o) in outputs.enumerated() {
    o.gradFn = node
    o.outputNr = i
  }
}
