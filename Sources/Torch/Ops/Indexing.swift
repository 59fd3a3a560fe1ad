/// One item of a Python subscript `t[...]`, built by the binding.
public enum TensorIndex {
  /// An integer (negative counts from the end): removes the dim (SelectBackward0).
  case int(Int)
  /// `start:end:step` with Python defaults for nil (step must be positive).
  case slice(start: Int?, end: Int?, step: Int?)
  /// `None`: inserts a size-1 dim.
  case none
  /// `...`: as many full slices as needed.
  case ellipsis
  /// An int64/int32 tensor (advanced indexing; lists of ints become these) or a bool mask.
  case tensor(Tensor)
  /// `True` / `False` as an index.
  case bool(Bool)
}

extension Tensor {
  /// Applies the basic (view) part of a subscript; returns the view and advanced indices (view dim, long tensor).
  private func applyBasic(_ indices: [TensorIndex]) throws -> (Tensor, [(Int, Tensor)]) {
    var specified = 0
    var ellipses = 0
    for ix in indices {
      switch ix {
      case .int, .slice: specified += 1
      case .tensor(let t): specified += t.dtype == .bool ? Swift.max(t.dim, 0) : 1
      case .ellipsis: ellipses += 1
      case .none, .bool: break
      }
    }
    guard ellipses <= 1 else { throw TorchError.index("an index can only have a single ellipsis ('...')") }
    if dim == 0, indices.contains(where: { if case .int = $0 { return true } else { return false } }) {
      throw TorchError.index(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
    }
    guard specified <= dim else {
      throw TorchError.index("too many indices for tensor of dimension \(dim)")
    }
    var result = self
    var d = 0
    var original = 0  // the dimension of self an int index refers to (torch's error messages count these)
    var advanced: [(Int, Tensor)] = []
    for ix in indices {
      switch ix {
      case .int(let i):
        let size = result.shape[d]
        guard i >= -size && i < size else {
          throw TorchError.index("index \(i) is out of bounds for dimension \(original) with size \(size)")
        }
        result = try result.select(d, i)
        original += 1
      case .slice(let s, let e, let st):
        original += 1
        let step = st ?? 1
        guard step > 0 else { throw TorchError.value("step must be greater than zero") }
        let size = result.shape[d]
        let full = (s == nil || s == 0 || (s ?? 0) <= -size) && (e == nil || (e ?? 0) >= size) && step == 1
        if !full { result = try result.slice(d, start: s, end: e, step: step) }
        d += 1
      case .none:
        result = try result.unsqueeze(d)
        d += 1
      case .ellipsis:
        d += dim - specified
        original += dim - specified
      case .bool(let b):
        result = try result.unsqueeze(d)
        if !b { result = try result.slice(d, start: 0, end: 0) }
        d += 1
      case .tensor(let t):
        if t.dtype == .bool {
          for k in 0..<t.dim where t.shape[k] != result.shape[d + k] {
            throw TorchError.index(
              "The shape of the mask \(Tensor.formatList(t.shape)) at index \(k) does not match the shape of the indexed tensor \(Tensor.formatList(result.shape)) at index \(d + k)")
          }
          if t.dim == 0 {
            result = try result.unsqueeze(d)
            advanced.append((d, try context.tensor(t.doubleValues()[0] != 0 ? [Int64(0)] : [], shape: [t.doubleValues()[0] != 0 ? 1 : 0])))
            d += 1
          } else {
            let nz = try t.nonzero()
            for k in 0..<t.dim { advanced.append((d + k, try nz.selectData(1, k).contiguousData())) }
            d += t.dim
            original += t.dim
          }
        } else {
          guard t.dtype == .int64 || t.dtype == .int32 else {
            throw TorchError.index("tensors used as indices must be long, int, byte or bool tensors")
          }
          advanced.append((d, t))
          d += 1
          original += 1
        }
      }
    }
    return (result, advanced)
  }

  /// Result shape and source storage offsets of advanced indexing on `t` (numpy/torch placement rules).
  private static func advancedPlan(_ t: Tensor, _ adv: [(Int, Tensor)]) throws -> ([Int], [Int]) {
    var bshape: [Int] = []
    for (_, ix) in adv { bshape = try broadcastShapes(bshape, ix.shape) }
    let idxVals = adv.map { $0.1.broadcastData(to: bshape).int64Values() }
    let dims = adv.map { $0.0 }
    for (k, (d, _)) in adv.enumerated() {
      let size = t.shape[d]
      for v in idxVals[k] where v < -Int64(size) || v >= Int64(size) {
        throw TorchError.index("index \(v) is out of bounds for dimension \(d) with size \(size)")
      }
    }
    let sortedDims = dims.sorted()
    let adjacent = sortedDims == dims && (sortedDims.last ?? 0) - (sortedDims.first ?? 0) == dims.count - 1
    let rest = (0..<t.dim).filter { !dims.contains($0) }
    let first = dims.first ?? 0
    let before = adjacent ? rest.filter { $0 < first } : []
    let after = adjacent ? rest.filter { $0 > first } : rest
    let outShape = before.map { t.shape[$0] } + bshape + after.map { t.shape[$0] }
    let bcount = bshape.reduce(1, *)
    let preCount = before.reduce(1) { $0 * t.shape[$1] }, postCount = after.reduce(1) { $0 * t.shape[$1] }
    func offsets(_ ds: [Int], _ flat: Int) -> Int {
      var rem = flat, off = 0
      for d in ds.reversed() {
        off += (rem % t.shape[d]) * t.strides[d]
        rem /= t.shape[d]
      }
      return off
    }
    var out: [Int] = []
    out.reserveCapacity(preCount * bcount * postCount)
    for p in 0..<preCount {
      let po = offsets(before, p)
      for b in 0..<bcount {
        var bo = 0
        for (k, d) in dims.enumerated() {
          var v = Int(idxVals[k][b])
          if v < 0 { v += t.shape[d] }
          bo += v * t.strides[d]
        }
        for q in 0..<postCount { out.append(t.storageOffset + po + bo + offsets(after, q)) }
      }
    }
    return (outShape, out)
  }

  /// `tensor[indices]`: views for ints/slices/None/..., a copy for tensor indices (IndexBackward0).
  public func index(_ indices: [TensorIndex]) throws -> Tensor {
    let (view, adv) = try applyBasic(indices)
    if adv.isEmpty { return view === self ? try viewOf(shape: shape, strides: strides, offset: storageOffset).alias(of: self) : view }
    let (outShape, offs) = try Tensor.advancedPlan(view, adv)
    let out = try Tensor(context: context, shape: outShape, dtype: dtype)
    func run<T: TensorElement>(_: T.Type) {
      let ps = view.storage.pointer(T.self), po = out.storage.pointer(T.self)
      for (i, o) in offs.enumerated() { po[i] = ps[o] }
    }
    run(elementType(dtype))
    if gradNeeded(view) {
      let vshape = view.shape, ctx = context
      record("IndexBackward0", out, [view]) { g in
        let z = try ctx.zeros(vshape, dtype: g.dtype)
        let (_, zoffs) = try Tensor.advancedPlan(z, adv)
        let gv = try g.contiguousData().doubleValues()
        var acc = z.doubleValues()
        for (i, o) in zoffs.enumerated() { acc[o] += gv[i] }
        return [try ctx.tensor(acc, shape: vshape).toType(g.dtype)]
      }
    }
    return out
  }

  /// An alias view recorded as AliasBackward0 (what `t[...]` returns when the subscript changes nothing).
  func alias(of base: Tensor) throws -> Tensor {
    if gradNeeded(base) { record("AliasBackward0", self, [base], saves: false) { g in [g] } }
    return self
  }

  /// `tensor[indices] = value` (broadcast, dtype-converted), in place; tensor indices use index_put_ semantics.
  public func indexPut_(_ indices: [TensorIndex], _ value: Tensor) throws {
    let (view, adv) = try context.withGradMode(false) { try applyBasic(indices) }
    if view !== self && context.gradEnabled && gradFn == nil && requiresGradFlag {
      throw TorchError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    }
    try checkInPlace()
    if adv.isEmpty {
      let v = view === self ? self : view
      if v !== self { v.viewBase = viewBase ?? self }
      if (try? Tensor.broadcastShapes(v.shape, value.shape)) != v.shape {
        // torch copies through `value.expand(...)` after dropping the value's leading size-1 dims.
        var trimmed = value.shape
        while trimmed.count > v.dim, trimmed.first == 1 { trimmed.removeFirst() }
        _ = try context.withGradMode(false) { try value.detach().reshape(trimmed).expand(v.shape) }
        throw TorchError.runtime(
          "shape mismatch: value tensor of shape \(Tensor.formatList(value.shape)) cannot be broadcast to indexing result of shape \(Tensor.formatList(v.shape))")
      }
      if context.gradEnabled && value.requiresGrad {
        throw TorchError.notImplemented("assigning a tensor that requires grad into a view is not supported")
      }
      v.writeData(from: value.broadcastData(to: v.shape))
      storage.version += 1
      return
    }
    let (outShape, offs) = try Tensor.advancedPlan(view, adv)
    guard let b = try? Tensor.broadcastShapes(outShape, value.shape), b == outShape else {
      throw TorchError.runtime(
        "shape mismatch: value tensor of shape \(Tensor.formatList(value.shape)) cannot be broadcast to indexing result of shape \(Tensor.formatList(outShape))")
    }
    let src = try value.broadcastData(to: outShape).copyData(to: dtype)
    func run<T: TensorElement>(_: T.Type) {
      let pd = view.storage.pointer(T.self), ps = src.storage.pointer(T.self)
      for (i, o) in offs.enumerated() { pd[o] = ps[i] }
    }
    run(elementType(dtype))
    storage.version += 1
  }

  /// `tensor[indices] = scalar`.
  public func indexPut_(_ indices: [TensorIndex], _ value: Scalar) throws {
    try indexPut_(indices, context.wrap(value))
  }
}
