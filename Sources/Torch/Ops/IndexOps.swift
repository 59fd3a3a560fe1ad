// Index-based ops: gather, scatter, index_select, masked_select, nonzero, one_hot.
extension Tensor {
  /// Validates an index tensor is int64 (torch's message names the op).
  func requireLongIndex(_ op: String) throws {
    guard dtype == .int64 else {
      throw TorchError.runtime("\(op)(): Expected dtype int64 for index")
    }
  }

  /// Row-major list of (outer, inner) decomposition helpers for a dim.
  func outerInner(_ d: Int) -> (outer: Int, size: Int, inner: Int) {
    if dim == 0 { return (1, 1, 1) }
    return (shape[..<d].reduce(1, *), shape[d], shape[(d + 1)...].reduce(1, *))
  }

  /// `torch.gather(self, dim, index)`: out[i][j] = self[index[i][j]][j] for dim 0, etc. (GatherBackward0).
  public func gather(_ d: Int, _ index: Tensor) throws -> Tensor {
    try index.requireLongIndex("gather")
    let n = try normalizeDim(d)
    guard index.dim == dim else {
      throw TorchError.runtime("Index tensor must have the same number of dimensions as input tensor")
    }
    for k in 0..<dim where k != n && index.shape[k] > shape[k] {
      throw TorchError.runtime(
        "Size does not match at dimension \(k) expected index \(Tensor.formatList(index.shape)) to be smaller than self \(Tensor.formatList(shape)) apart from dimension \(n)")
    }
    let idx = index.int64Values()
    let size = dim == 0 ? 1 : shape[n]
    for v in idx where v < -Int64(size) || v >= Int64(size) {
      throw TorchError.runtime("index \(v) is out of bounds for dimension \(n) with size \(size)")
    }
    let out = try Tensor(context: context, shape: index.shape, dtype: dtype)
    let istr = Tensor.contiguousStrides(index.shape)
    func run<T: TensorElement>(_: T.Type) {
      let ps = storage.pointer(T.self), po = out.storage.pointer(T.self)
      for flat in 0..<idx.count {
        var rem = flat, off = storageOffset
        for k in 0..<index.dim {
          let c = rem / istr[k]
          rem %= istr[k]
          var coord = c
          if k == n {
            let v = Int(idx[flat])
            coord = v < 0 ? v + size : v
          }
          off += coord * strides[k]
        }
        po[flat] = ps[off]
      }
    }
    run(elementType(dtype))
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("GatherBackward0", out, [self]) { g in
        [try ctx.zeros(inShape, dtype: g.dtype).scatterAdd(n, index, g)]
      }
    }
    return out
  }

  /// Shared scatter kernel: writes (or adds) `src` values at `index` along `dim` into a copy of self.
  private func scatterData(_ n: Int, _ index: Tensor, _ src: Tensor, add: Bool) throws -> Tensor {
    try index.requireLongIndex("scatter")
    guard index.dim == dim || index.numel == 0 else {
      throw TorchError.runtime("Index tensor must have the same number of dimensions as self tensor")
    }
    if index.numel > 0 {
      for k in 0..<index.dim where (k != n && index.shape[k] > shape[k]) || (src.dim == index.dim && index.shape[k] > src.shape[k]) {
        throw TorchError.runtime(
          "Expected index \(Tensor.formatList(index.shape)) to be smaller than self \(Tensor.formatList(shape)) apart from dimension \(n) and to be smaller size than src \(Tensor.formatList(src.shape))")
      }
    }
    let out = try copyData(to: dtype)
    let idx = index.int64Values()
    let size = dim == 0 ? 1 : shape[n]
    for v in idx where v < -Int64(size) || v >= Int64(size) {
      throw TorchError.runtime("index \(v) is out of bounds for dimension \(n) with size \(size)")
    }
    let s = try src.toType(dtype)
    guard s.dim == index.dim || s.numel == 1 else {
      throw TorchError.runtime("Index tensor must have the same number of dimensions as src tensor")
    }
    let istr = Tensor.contiguousStrides(index.shape)
    let ostr = out.strides
    func run<T: TensorElement>(_: T.Type) {
      let po = out.storage.pointer(T.self), psrc = s.storage.pointer(T.self)
      for flat in 0..<idx.count {
        var rem = flat, off = 0, soff = s.storageOffset
        for k in 0..<index.dim {
          let c = rem / istr[k]
          rem %= istr[k]
          if s.numel > 1 || s.dim > 0 { soff += c * (s.dim == index.dim ? s.strides[k] : 0) }
          var coord = c
          if k == n {
            let v = Int(idx[flat])
            coord = v < 0 ? v + size : v
          }
          off += coord * ostr[k]
        }
        let v = psrc[soff]
        if add {
          po[off] = T(fromDouble: po[off].doubleValue + v.doubleValue)
        } else {
          po[off] = v
        }
      }
    }
    run(elementType(dtype))
    return out
  }

  /// `torch.scatter(self, dim, index, src)` out of place (ScatterBackward0).
  public func scatter(_ d: Int, _ index: Tensor, _ src: Tensor) throws -> Tensor {
    let n = try normalizeDim(d)
    let out = try scatterData(n, index, src, add: false)
    if gradNeeded(self, src) {
      let a = self, ctx = context
      record("ScatterBackward0", out, [self, src]) { g in
        let ga = a.requiresGrad ? try g.scatter(n, index, ctx.zeros(index.shape, dtype: g.dtype)) : nil
        let gs = src.requiresGrad ? try g.gather(n, index) : nil
        return [ga, gs]
      }
    }
    return out
  }

  /// `torch.scatter(self, dim, index, value)` with a scalar value.
  public func scatter(_ d: Int, _ index: Tensor, value: Scalar) throws -> Tensor {
    try scatter(d, index, context.wrap(value).toType(dtype))
  }

  /// `tensor.scatter_(dim, index, src)` in place.
  @discardableResult public func scatter_(_ d: Int, _ index: Tensor, _ src: Tensor) throws -> Tensor {
    try applyInPlace(others: [src]) { try $0.scatter(d, index, src) }
  }

  /// `tensor.scatter_(dim, index, value)` in place with a scalar.
  @discardableResult public func scatter_(_ d: Int, _ index: Tensor, value: Scalar) throws -> Tensor {
    try applyInPlace { try $0.scatter(d, index, value: value) }
  }

  /// `torch.scatter_add(self, dim, index, src)` (ScatterAddBackward0).
  public func scatterAdd(_ d: Int, _ index: Tensor, _ src: Tensor) throws -> Tensor {
    let n = try normalizeDim(d)
    let out = try scatterData(n, index, src, add: true)
    if gradNeeded(self, src) {
      let a = self
      record("ScatterAddBackward0", out, [self, src]) { g in
        [a.requiresGrad ? g : nil, src.requiresGrad ? try g.gather(n, index) : nil]
      }
    }
    return out
  }

  /// `torch.index_select(self, dim, index)` (IndexSelectBackward0).
  public func indexSelect(_ d: Int, _ index: Tensor) throws -> Tensor {
    guard index.dtype == .int64 || index.dtype == .int32 else {
      throw TorchError.runtime("index_select(): Expected dtype int32 or int64 for index")
    }
    guard index.dim <= 1 else { throw TorchError.index("index_select(): Index is supposed to be a vector") }
    let n = try normalizeDim(d)
    let size = dim == 0 ? 1 : shape[n]
    let idx = index.int64Values()
    for v in idx where v < 0 || v >= Int64(size) {
      throw TorchError.index("index out of range in self")
    }
    var outShape = shape
    if dim > 0 { outShape[n] = idx.count }
    let out = try Tensor(context: context, shape: outShape, dtype: dtype)
    if dim == 0 {
      out.writeData(from: self)
    } else {
      for (k, v) in idx.enumerated() {
        try out.selectData(n, k).writeData(from: selectData(n, Int(v)))
      }
    }
    if gradNeeded(self) {
      let inShape = shape, ctx = context
      record("IndexSelectBackward0", out, [self]) { g in
        var z = try ctx.zeros(inShape, dtype: g.dtype)
        for (k, v) in idx.enumerated() {
          let slot = try z.selectData(n, Int(v))
          slot.writeData(from: try slot.add(g.selectData(n, k)))
        }
        z = z.detach()
        return [z]
      }
    }
    return out
  }

  /// `torch.masked_select(self, mask)`: 1-D tensor of elements where mask is true (MaskedSelectBackward0).
  public func maskedSelect(_ mask: Tensor) throws -> Tensor {
    guard mask.dtype == .bool else { throw TorchError.runtime("masked_select: expected BoolTensor for mask") }
    let shape = try Tensor.broadcastShapes(self.shape, mask.shape)
    let m = mask.broadcastData(to: shape).doubleValues()
    let src = broadcastData(to: shape)
    let flat = try src.contiguousData().reshape([-1])
    let keep = m.enumerated().filter { $0.element != 0 }.map { Int64($0.offset) }
    let out = try context.withGradMode(false) { try flat.indexSelect(0, context.tensor(keep)) }
    if gradNeeded(self) {
      let ctx = context, a = self
      record("MaskedSelectBackward0", out, [self]) { g in
        let z = try ctx.zeros([shape.reduce(1, *)], dtype: g.dtype)
        for (k, i) in keep.enumerated() { try z.selectData(0, Int(i)).writeData(from: g.selectData(0, k)) }
        return [try a.gradFor(z.reshape(shape))]
      }
    }
    return out
  }

  /// `torch.nonzero(self)`: [n, dim] int64 coordinates of nonzero elements.
  public func nonzero() throws -> Tensor {
    let vals = doubleValues()
    let st = Tensor.contiguousStrides(shape)
    var coords: [Int64] = []
    var count = 0
    for (flat, v) in vals.enumerated() where v != 0 {
      var rem = flat
      for k in 0..<dim {
        coords.append(Int64(rem / st[k]))
        rem %= st[k]
      }
      count += 1
    }
    return try context.tensor(coords, shape: [count, dim])
  }

  /// `F.one_hot(self, num_classes=-1)`: int64 one-hot encoding with a new last dim.
  public func oneHot(numClasses: Int = -1) throws -> Tensor {
    guard dtype == .int64 else { throw TorchError.runtime("one_hot is only applicable to index tensor of type LongTensor.") }
    let idx = int64Values()
    if idx.contains(where: { $0 < 0 }) { throw TorchError.runtime("Class values must be non-negative.") }
    let n: Int
    if numClasses == -1 {
      n = Int(idx.max() ?? -1) + 1
      if idx.isEmpty { throw TorchError.runtime("Can not infer total number of classes from empty tensor.") }
    } else {
      n = numClasses
      if idx.contains(where: { $0 >= Int64(n) }) { throw TorchError.runtime("Class values must be smaller than num_classes.") }
    }
    guard n >= 0 else { throw TorchError.runtime("num_classes should be positive") }
    let total = try Tensor.checkedNumel(shape + [n])
    try context.checkAllocation(bytes: total.multipliedReportingOverflow(by: 8).overflow ? Int.max : total * 8)
    var data = [Int64](repeating: 0, count: total)
    for (k, v) in idx.enumerated() { data[k * n + Int(v)] = 1 }
    return try context.tensor(data, shape: shape + [n])
  }
}
