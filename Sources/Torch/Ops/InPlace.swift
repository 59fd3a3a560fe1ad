// In-place ops (`add_`, `mul_`, `fill_`, ...). Names keep torch's trailing underscore so the binding maps 1:1.
extension Tensor {
  /// Throws torch's error if autograd forbids modifying this tensor in place.
  func checkInPlace() throws {
    guard context.gradEnabled else { return }
    if gradFn == nil && requiresGradFlag {
      throw TorchError.runtime("a leaf Variable that requires grad is being used in an in-place operation.")
    }
    if let base = viewBase, base.requiresGrad, base.isLeaf {
      throw TorchError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    }
  }

  /// Runs `op` out of place on (a copy of) self, writes the result back and rebases autograd history onto it.
  @discardableResult
  func applyInPlace(others: [Tensor] = [], _ op: (Tensor) throws -> Tensor) throws -> Tensor {
    try checkInPlace()
    let track = context.gradEnabled && (requiresGrad || others.contains { $0.requiresGrad })
    var input = self
    if track {
      input = try copyData(to: dtype)
      input.gradFn = gradFn
      input.outputNr = outputNr
    }
    let r = try op(input)
    guard r.dtype.canCast(to: dtype) else {
      throw TorchError.runtime("result type \(r.dtype.legacyName) can't be cast to the desired output type \(dtype.legacyName)")
    }
    guard r.shape == shape else {
      throw TorchError.runtime(
        "output with shape \(Tensor.formatList(shape)) doesn't match the broadcast shape \(Tensor.formatList(r.shape))")
    }
    writeData(from: r)
    storage.version += 1
    if track, r.gradFn != nil {
      if let base = viewBase, base.requiresGrad || r.requiresGrad {
        try rebaseView(base: base, result: r)
      } else {
        gradFn = r.gradFn
        outputNr = r.outputNr
      }
    }
    return self
  }

  /// After an in-place op on this view of `base`, gives `base` a CopySlices node (the region's gradient flows to
  /// the op's result, the rest to base's old history) and makes this view's grad_fn read from it.
  private func rebaseView(base: Tensor, result r: Tensor) throws {
    guard base.isContiguous else {
      throw TorchError.notImplemented("in-place modification of a view of a non-contiguous tensor that requires grad")
    }
    let ctx = context, baseShape = base.shape
    let vShape = shape, vStrides = strides, vOffset = storageOffset - base.storageOffset
    func region(_ t: Tensor) -> Tensor { t.makeView(shape: vShape, strides: vStrides, offset: t.storageOffset + vOffset) }
    let node = Node(name: "CopySlices", sequenceNr: ctx.nextSequenceNumber(),
                    nextEdges: [base.gradEdge(), r.gradEdge()], savesTensors: false) { grads in
      guard let first = grads.first, let g = first else { return [] }
      let gb = try g.contiguousData().copyData(to: g.dtype)
      let gr = try region(gb).copyData(to: g.dtype)
      region(gb).fillData(0)
      return [gb, gr]
    }
    base.gradFn = node
    base.outputNr = 0
    let viewNode = Node(name: "AsStridedBackward0", sequenceNr: ctx.nextSequenceNumber(),
                        nextEdges: [base.gradEdge()], savesTensors: false) { grads in
      guard let first = grads.first, let g = first else { return [] }
      let z = try ctx.zeros(baseShape, dtype: g.dtype)
      region(z).writeData(from: g)
      return [z]
    }
    gradFn = viewNode
    outputNr = 0
  }

  /// `self += g` on the data only (used for gradient accumulation).
  func addInPlaceData(_ g: Tensor) throws {
    let r = try context.withGradMode(false) { try add(g) }
    writeData(from: r.broadcastData(to: shape))
    storage.version += 1
  }

  /// `tensor.add_(other, alpha=1)`.
  @discardableResult public func add_(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor {
    try applyInPlace(others: [other]) { try $0.add(other, alpha: alpha) }
  }
  /// `tensor.add_(scalar)`.
  @discardableResult public func add_(_ s: Scalar) throws -> Tensor { try add_(context.wrap(s)) }
  /// `tensor.sub_(other, alpha=1)`.
  @discardableResult public func sub_(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor {
    try applyInPlace(others: [other]) { try $0.sub(other, alpha: alpha) }
  }
  /// `tensor.sub_(scalar)`.
  @discardableResult public func sub_(_ s: Scalar) throws -> Tensor { try sub_(context.wrap(s)) }
  /// `tensor.mul_(other)`.
  @discardableResult public func mul_(_ other: Tensor) throws -> Tensor {
    try applyInPlace(others: [other]) { try $0.mul(other) }
  }
  /// `tensor.mul_(scalar)`.
  @discardableResult public func mul_(_ s: Scalar) throws -> Tensor { try mul_(context.wrap(s)) }
  /// `tensor.div_(other)`.
  @discardableResult public func div_(_ other: Tensor) throws -> Tensor {
    try applyInPlace(others: [other]) { try $0.div(other) }
  }
  /// `tensor.div_(scalar)`.
  @discardableResult public func div_(_ s: Scalar) throws -> Tensor { try div_(context.wrap(s)) }
  /// `tensor.pow_(exponent)`.
  @discardableResult public func pow_(_ e: Scalar) throws -> Tensor { try applyInPlace { try $0.pow(e) } }
  /// `tensor.neg_()`.
  @discardableResult public func neg_() throws -> Tensor { try applyInPlace { try $0.neg() } }
  /// `tensor.exp_()`.
  @discardableResult public func exp_() throws -> Tensor { try applyInPlace { try $0.exp() } }
  /// `tensor.tanh_()`.
  @discardableResult public func tanh_() throws -> Tensor { try applyInPlace { try $0.tanh() } }
  /// `tensor.sigmoid_()`.
  @discardableResult public func sigmoid_() throws -> Tensor { try applyInPlace { try $0.sigmoid() } }
  /// `tensor.relu_()`.
  @discardableResult public func relu_() throws -> Tensor { try applyInPlace { try $0.relu() } }
  /// `tensor.clamp_(min, max)`.
  @discardableResult public func clamp_(min lo: Scalar? = nil, max hi: Scalar? = nil) throws -> Tensor {
    try applyInPlace { try $0.clamp(min: lo, max: hi) }
  }
  /// `tensor.masked_fill_(mask, value)`.
  @discardableResult public func maskedFill_(_ mask: Tensor, _ value: Scalar) throws -> Tensor {
    try applyInPlace { try $0.maskedFill(mask, value) }
  }

  /// `tensor.fill_(value)`.
  @discardableResult public func fill_(_ value: Scalar) throws -> Tensor {
    try checkInPlace()
    fillData(value)
    storage.version += 1
    if context.gradEnabled && gradFn != nil {
      record("FillBackward0", self, [], saves: false) { _ in [] }
    }
    return self
  }

  /// `tensor.zero_()`.
  @discardableResult public func zero_() throws -> Tensor { try fill_(0) }

  /// `tensor.copy_(src)`: copies (broadcast, dtype-converted) values into self (CopyBackwards).
  @discardableResult public func copy_(_ src: Tensor) throws -> Tensor {
    try checkInPlace()
    let shape = try Tensor.broadcastShapes(self.shape, src.shape)
    guard shape == self.shape else {
      throw TorchError.runtime(
        "output with shape \(Tensor.formatList(self.shape)) doesn't match the broadcast shape \(Tensor.formatList(shape))")
    }
    writeData(from: src.broadcastData(to: self.shape))
    storage.version += 1
    if gradNeeded(src) {
      let dt = dtype
      let srcShape = src.shape
      record("CopyBackwards", self, [src], saves: false) { g in [try g.sumToShape(srcShape).toType(src.dtype == dt ? dt : src.dtype)] }
    }
    return self
  }
}
