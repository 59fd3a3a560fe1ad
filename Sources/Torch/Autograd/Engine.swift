/// The backward pass: a topological walk from the output, latest node first, as torch's engine orders it.
enum AutogradEngine {
  static let freedMessage =
    "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."

  /// Runs backward from `root` seeded with `gradient`, accumulating into leaves' `.grad`.
  static func run(root: Tensor, gradient: Tensor, retainGraph: Bool) throws {
    guard let rootEdge = root.gradEdge() else {
      throw TorchError.runtime("element 0 of tensors does not require grad and does not have a grad_fn")
    }
    let ctx = root.context
    try ctx.withGradMode(false) {
      let rootNode = rootEdge.node
      // Count how many edges point at each node.
      var deps: [ObjectIdentifier: Int] = [:]
      var visited: [Node] = [rootNode]
      var seen: Set<ObjectIdentifier> = [ObjectIdentifier(rootNode)]
      var stack = [rootNode]
      while let n = stack.popLast() {
        for case let e? in n.nextEdges {
          let id = ObjectIdentifier(e.node)
          deps[id, default: 0] += 1
          if seen.insert(id).inserted {
            stack.append(e.node)
            visited.append(e.node)
          }
        }
      }
      // One gradient slot per node output.
      var buffers: [ObjectIdentifier: [Tensor?]] = [:]
      func deposit(_ g: Tensor, _ e: Edge) throws {
        let id = ObjectIdentifier(e.node)
        var slots = buffers[id] ?? [Tensor?](repeating: nil, count: Swift.max(e.node.numOutputs, 1))
        guard e.outputNr < slots.count else { return }
        if let old = slots[e.outputNr] { slots[e.outputNr] = try old.add(g) } else { slots[e.outputNr] = g }
        buffers[id] = slots
      }
      try deposit(gradient, rootEdge)
      var ready = NodeHeap()
      ready.push(rootNode)
      while let n = ready.pop() {
        let id = ObjectIdentifier(n)
        let grads = buffers.removeValue(forKey: id) ?? []
        if let v = n.variable {
          if let g = grads.first, let g { try accumulate(g, into: v) }
          continue
        }
        var inputGrads: [Tensor?] = []
        if grads.contains(where: { $0 != nil }) {
          guard let fn = n.backwardFn else { throw TorchError.runtime(freedMessage) }
          try n.checkSavedVersions()
          if let r = n.retainedOutput, let g = grads.first, let g { try accumulate(g, into: r) }
          inputGrads = try fn(grads)
        }
        for (i, edge) in n.nextEdges.enumerated() {
          guard let e = edge else { continue }
          if i < inputGrads.count, let gi = inputGrads[i] { try deposit(gi, e) }
          let eid = ObjectIdentifier(e.node)
          let left = (deps[eid] ?? 1) - 1
          deps[eid] = left
          if left == 0 { ready.push(e.node) }
        }
      }
      if !retainGraph {
        for n in visited where n.savesTensors { n.backwardFn = nil }
      }
    }
  }

  /// AccumulateGrad: sets or adds into `tensor.grad` (a fresh contiguous copy the first time).
  static func accumulate(_ g: Tensor, into v: Tensor) throws {
    var grad = g
    if grad.shape != v.shape { grad = try grad.sumToShape(v.shape) }
    if grad.dtype != v.dtype { grad = try grad.copyData(to: v.dtype) }
    if let old = v.grad {
      try old.addInPlaceData(grad)
    } else {
      v.grad = try grad.copyData(to: v.dtype)
    }
  }
}

/// A max-heap of nodes by sequence number.
struct NodeHeap {
  private var items: [Node] = []

  mutating func push(_ n: Node) {
    items.append(n)
    var i = items.count - 1
    while i > 0 {
      let p = (i - 1) / 2
      if items[p].sequenceNr >= items[i].sequenceNr { break }
      items.swapAt(p, i)
      i = p
    }
  }

  mutating func pop() -> Node? {
    guard let top = items.first else { return nil }
    let last = items.removeLast()
    if items.isEmpty { return top }
    items[0] = last
    var i = 0
    while true {
      let l = 2 * i + 1, r = l + 1
      var m = i
      if l < items.count && items[l].sequenceNr > items[m].sequenceNr { m = l }
      if r < items.count && items[r].sequenceNr > items[m].sequenceNr { m = r }
      if m == i { break }
      items.swapAt(i, m)
      i = m
    }
    return top
  }
}

extension Tensor {
  /// `tensor.backward(gradient=None, retain_graph=False)`: accumulates gradients into the leaves' `.grad`.
  public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws {
    guard requiresGrad else {
      throw TorchError.runtime("element 0 of tensors does not require grad and does not have a grad_fn")
    }
    let seed: Tensor
    if let g = gradient {
      guard g.shape == shape else {
        throw TorchError.runtime(
          "Mismatch in shape: grad_output[0] has a shape of \(g.sizeDescription) and output[0] has a shape of \(sizeDescription).")
      }
      seed = g
    } else {
      guard numel == 1 else { throw TorchError.runtime("grad can be implicitly created only for scalar outputs") }
      seed = try context.ones(shape, dtype: dtype)
    }
    try AutogradEngine.run(root: self, gradient: seed, retainGraph: retainGraph)
  }

  /// `tensor.detach()`: the same data, cut from the graph.
  public func detach() -> Tensor {
    makeView(shape: shape, strides: strides, offset: storageOffset)
  }
}
