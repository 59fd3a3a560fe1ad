// View ops: results share storage with the input; each records its backward beside its forward.
extension Tensor {
  /// Resolves a requested shape with at most one -1 against `numel` (torch's infer_size).
  static func inferShape(_ requested: [Int], numel: Int) throws -> [Int] {
    var known = 1
    var inferred: Int? = nil
    for (i, s) in requested.enumerated() {
      if s == -1 {
        if inferred != nil { throw TorchError.runtime("only one dimension can be inferred") }
        inferred = i
      } else if s < 0 {
        throw TorchError.runtime("invalid shape dimension \(s)")
      } else {
        let (m, o) = known.multipliedReportingOverflow(by: s)
        if o { throw TorchError.runtime("shape '\(formatList(requested))' is invalid for input of size \(numel)") }
        known = m
      }
    }
    var out = requested
    if let i = inferred {
      guard known != 0, numel % known == 0 else {
        if known == 0 {
          throw TorchError.runtime(
            "cannot reshape tensor of 0 elements into shape \(formatList(requested)) because the unspecified dimension size -1 can be any value and is ambiguous")
        }
        throw TorchError.runtime("shape '\(formatList(requested))' is invalid for input of size \(numel)")
      }
      out[i] = numel / known
    } else if known != numel {
      throw TorchError.runtime("shape '\(formatList(requested))' is invalid for input of size \(numel)")
    }
    return out
  }

  /// Strides for viewing this tensor as `newShape` without copying, or nil (ATen's computeStride).
  func viewStrides(_ newShape: [Int]) -> [Int]? {
    if isContiguous { return Tensor.contiguousStrides(newShape) }
    let n = numel
    if n == 0 { return Tensor.contiguousStrides(newShape) }
    var newStrides = [Int](repeating: 0, count: newShape.count)
    var viewD = newShape.count - 1
    var chunkBaseStride = strides.last ?? 1
    var tensorNumel = 1
    var viewNumel = 1
    for tensorD in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
      tensorNumel *= shape[tensorD]
      if tensorD == 0 || (shape[tensorD - 1] != 1 && strides[tensorD - 1] != tensorNumel * chunkBaseStride) {
        while viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1) {
          newStrides[viewD] = viewNumel * chunkBaseStride
          viewNumel *= newShape[viewD]
          viewD -= 1
        }
        if viewNumel != tensorNumel { return nil }
        if tensorD > 0 {
          chunkBaseStride = strides[tensorD - 1]
          tensorNumel = 1
          viewNumel = 1
        }
      }
    }
    if viewD != -1 { return nil }
    return newStrides
  }

  /// `tensor.view(*shape)`: a view with a new shape (one size may be -1); fails if strides forbid it.
  public func view(_ newShape: [Int]) throws -> Tensor {
    let target = try Tensor.inferShape(newShape, numel: numel)
    guard let st = viewStrides(target) else {
      throw TorchError.runtime(
        "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    }
    let out = viewOf(shape: target, strides: st, offset: storageOffset)
    if gradNeeded(self) {
      let inShape = shape
      record("ViewBackward0", out, [self], saves: false) { g in [try g.reshape(inShape)] }
    }
    return out
  }

  /// `tensor.reshape(*shape)`: a view when possible, else a copy (grad_fn UnsafeViewBackward0 then).
  public func reshape(_ newShape: [Int]) throws -> Tensor {
    let target = try Tensor.inferShape(newShape, numel: numel)
    if viewStrides(target) != nil { return try view(target) }
    let copy = try clone()
    let out = copy.makeView(shape: target, strides: Tensor.contiguousStrides(target), offset: copy.storageOffset)
    if gradNeeded(copy) {
      let inShape = copy.shape
      record("UnsafeViewBackward0", out, [copy], saves: false) { g in [try g.reshape(inShape)] }
    }
    return out
  }

  /// `tensor.flatten(start_dim, end_dim)`.
  public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
    if dim == 0 { return try reshape([1]) }
    let s = try normalizeDim(startDim), e = try normalizeDim(endDim)
    guard s <= e else { throw TorchError.runtime("flatten() has invalid args: start_dim cannot come after end_dim") }
    if s == e { return self }
    var newShape = Array(shape[..<s])
    newShape.append(shape[s...e].reduce(1, *))
    newShape.append(contentsOf: shape[(e + 1)...])
    return try reshape(newShape)
  }

  /// `tensor.transpose(dim0, dim1)` (grad_fn TransposeBackward0).
  public func transpose(_ d0: Int, _ d1: Int) throws -> Tensor {
    let a = try normalizeDim(d0), b = try normalizeDim(d1)
    return try transposed(a, b, name: "TransposeBackward0")
  }

  func transposed(_ a: Int, _ b: Int, name: String) throws -> Tensor {
    var sh = shape, st = strides
    if dim > 0 {
      sh.swapAt(a, b)
      st.swapAt(a, b)
    }
    let out = viewOf(shape: sh, strides: st, offset: storageOffset)
    if gradNeeded(self) {
      record(name, out, [self], saves: false) { g in [try g.transpose(a, b)] }
    }
    return out
  }

  /// `tensor.t()`: transpose of a ≤2-D tensor (grad_fn TBackward0).
  public func t() throws -> Tensor {
    guard dim <= 2 else {
      throw TorchError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(dim)D")
    }
    if dim < 2 {
      let out = viewOf(shape: shape, strides: strides, offset: storageOffset)
      if gradNeeded(self) { record("TBackward0", out, [self], saves: false) { g in [g] } }
      return out
    }
    return try transposed(0, 1, name: "TBackward0")
  }

  /// `tensor.permute(*dims)`.
  public func permute(_ dims: [Int]) throws -> Tensor {
    guard dims.count == dim else {
      throw TorchError.runtime(
        "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(dim) is not equal to len(dims) = \(dims.count)")
    }
    var seen = [Bool](repeating: false, count: dim)
    var perm: [Int] = []
    for d in dims {
      let n = try normalizeDim(d)
      if seen[n] { throw TorchError.runtime("permute(): duplicate dims are not allowed.") }
      seen[n] = true
      perm.append(n)
    }
    let out = viewOf(shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: storageOffset)
    if gradNeeded(self) {
      var inverse = [Int](repeating: 0, count: perm.count)
      for (i, p) in perm.enumerated() { inverse[p] = i }
      record("PermuteBackward0", out, [self], saves: false) { g in [try g.permute(inverse)] }
    }
    return out
  }

  /// `tensor.expand(*sizes)`: broadcast view (-1 keeps a size); new leading dims are allowed.
  public func expand(_ sizes: [Int]) throws -> Tensor {
    guard sizes.count >= dim else {
      throw TorchError.runtime(
        "expand(torch.FloatTensor{\(Tensor.formatList(shape))}, size=\(Tensor.formatList(sizes))): the number of sizes provided (\(sizes.count)) must be greater or equal to the number of dimensions in the tensor (\(dim))")
    }
    let lead = sizes.count - dim
    var sh = [Int](repeating: 0, count: sizes.count)
    var st = [Int](repeating: 0, count: sizes.count)
    for i in 0..<sizes.count {
      let want = sizes[i]
      if i < lead {
        guard want >= 0 else {
          throw TorchError.runtime("The expanded size of the tensor (\(want)) isn't allowed in a leading, non-existing dimension \(i)")
        }
        sh[i] = want
        st[i] = 0
        continue
      }
      let have = shape[i - lead]
      if want == -1 || want == have {
        sh[i] = have
        st[i] = strides[i - lead]
      } else if have == 1 {
        guard want >= 0 else { throw TorchError.runtime("invalid shape dimension \(want)") }
        sh[i] = want
        st[i] = 0
      } else {
        throw TorchError.runtime(
          "The expanded size of the tensor (\(want)) must match the existing size (\(have)) at non-singleton dimension \(i).  Target sizes: \(Tensor.formatList(sizes)).  Tensor sizes: \(Tensor.formatList(shape))")
      }
    }
    let out = viewOf(shape: sh, strides: st, offset: storageOffset)
    if gradNeeded(self) {
      let inShape = shape
      record("ExpandBackward0", out, [self], saves: false) { g in [try g.sumToShape(inShape)] }
    }
    return out
  }

  /// `tensor.expand_as(other)`.
  public func expandAs(_ other: Tensor) throws -> Tensor { try expand(other.shape) }
  /// `tensor.view_as(other)`.
  public func viewAs(_ other: Tensor) throws -> Tensor { try view(other.shape) }
  /// `tensor.reshape_as(other)`.
  public func reshapeAs(_ other: Tensor) throws -> Tensor { try reshape(other.shape) }

  /// `tensor.squeeze()` (all size-1 dims, SqueezeBackward0) or `squeeze(dim)` (SqueezeBackward1).
  public func squeeze(_ d: Int? = nil) throws -> Tensor {
    var keep: [Int] = []
    if let d {
      let n = try normalizeDim(d)
      for i in 0..<dim where !(i == n && shape[i] == 1) { keep.append(i) }
    } else {
      for i in 0..<dim where shape[i] != 1 { keep.append(i) }
    }
    let out = viewOf(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: storageOffset)
    if gradNeeded(self) {
      let inShape = shape
      record(d == nil ? "SqueezeBackward0" : "SqueezeBackward1", out, [self], saves: false) { g in
        [try g.reshape(inShape)]
      }
    }
    return out
  }

  /// `tensor.unsqueeze(dim)`.
  public func unsqueeze(_ d: Int) throws -> Tensor {
    let n = try normalizeDim(d, rankOverride: dim + 1)
    var sh = shape, st = strides
    let newStride = n < dim ? shape[n] * strides[n] : 1
    sh.insert(1, at: n)
    st.insert(newStride, at: n)
    let out = viewOf(shape: sh, strides: st, offset: storageOffset)
    if gradNeeded(self) {
      record("UnsqueezeBackward0", out, [self], saves: false) { g in [try g.squeeze(n)] }
    }
    return out
  }

  /// `tensor.select(dim, index)`: drops `dim`, keeping slice `index` (negative counts from the end).
  public func select(_ d: Int, _ index: Int) throws -> Tensor {
    guard dim > 0 else { throw TorchError.index("select() cannot be applied to a 0-dim tensor.") }
    let n = try normalizeDim(d)
    let size = shape[n]
    guard index >= -size && index < size else {
      throw TorchError.index("index \(index) is out of bounds for dimension \(n) with size \(size)")
    }
    let i = index < 0 ? index + size : index
    var sh = shape, st = strides
    sh.remove(at: n)
    st.remove(at: n)
    let out = viewOf(shape: sh, strides: st, offset: storageOffset + i * strides[n])
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("SelectBackward0", out, [self], saves: false) { g in
        let z = try ctx.zeros(inShape, dtype: g.dtype)
        try z.selectData(n, i).writeData(from: g)
        return [z]
      }
    }
    return out
  }

  /// A raw select view with no autograd or checks beyond the caller's.
  func selectData(_ n: Int, _ i: Int) throws -> Tensor {
    var sh = shape, st = strides
    sh.remove(at: n)
    st.remove(at: n)
    return makeView(shape: sh, strides: st, offset: storageOffset + i * strides[n])
  }

  /// `tensor[..., start:end:step, ...]` along `dim` with Python slice clamping (step > 0).
  public func slice(_ d: Int, start: Int? = nil, end: Int? = nil, step: Int = 1) throws -> Tensor {
    guard dim > 0 else { throw TorchError.index("slice() cannot be applied to a 0-dim tensor.") }
    guard step > 0 else { throw TorchError.value("step must be greater than zero") }
    let n = try normalizeDim(d)
    let size = shape[n]
    func clampIndex(_ v: Int?, _ dflt: Int) -> Int {
      guard var x = v else { return dflt }
      if x < 0 { x += size }
      return Swift.min(Swift.max(x, 0), size)
    }
    let s = clampIndex(start, 0)
    let e = Swift.max(clampIndex(end, size), s)
    let len = e > s ? (e - s - 1) / step + 1 : 0
    var sh = shape, st = strides
    sh[n] = len
    st[n] = strides[n] * step
    let out = viewOf(shape: sh, strides: st, offset: storageOffset + s * strides[n])
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("SliceBackward0", out, [self], saves: false) { g in
        let z = try ctx.zeros(inShape, dtype: g.dtype)
        var zs = z.strides
        zs[n] *= step
        var gs = inShape
        gs[n] = len
        z.makeView(shape: gs, strides: zs, offset: s * z.strides[n]).writeData(from: g)
        return [z]
      }
    }
    return out
  }

  /// `tensor.narrow(dim, start, length)`.
  public func narrow(_ d: Int, start: Int, length: Int) throws -> Tensor {
    let n = try normalizeDim(d)
    let size = shape[n]
    let s = start < 0 ? start + size : start
    guard s >= 0, s <= size else {
      throw TorchError.index("start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
    }
    guard length >= 0, length <= size - s else {
      throw TorchError.runtime("start (\(s)) + length (\(length)) exceeds dimension size (\(size)).")
    }
    return try slice(n, start: s, end: s + length)
  }

  /// `tensor.clone()` (grad_fn CloneBackward0).
  public func clone() throws -> Tensor {
    let out = try copyData(to: dtype)
    if gradNeeded(self) { record("CloneBackward0", out, [self], saves: false) { g in [g] } }
    return out
  }

  /// `tensor.contiguous()`: self when already contiguous, else `clone()`.
  public func contiguous() throws -> Tensor { isContiguous ? self : try clone() }
}
