// Sum-like reductions: sum, mean, prod, var, std, norm, cumsum.
extension Tensor {
  /// Normalised, sorted, de-duplicated reduction dims (empty list = all dims, as torch treats `dim=[]` for sum).
  func reductionDims(_ dims: [Int]) throws -> [Int] {
    if dims.isEmpty { return Array(0..<dim) }
    var out: [Int] = []
    for d in dims {
      let n = try normalizeDim(d)
      if out.contains(n) { throw TorchError.runtime("dim \(n) appears multiple times in the list of dims") }
      out.append(n)
    }
    return out.sorted()
  }

  /// Shape after reducing `dims`.
  func reducedShape(_ dims: [Int], keepDim: Bool) -> [Int] {
    var out: [Int] = []
    for i in 0..<dim {
      if dims.contains(i) {
        if keepDim { out.append(1) }
      } else {
        out.append(shape[i])
      }
    }
    return out
  }

  /// Sum over `dims` of a contiguous tensor with torch's float order; returns keepdim-shaped data.
  private func sumData(_ dims: [Int]) throws -> Tensor {
    let src = try contiguousData()
    if dims.isEmpty { return src }
    let outDType: DType = dtype.isFloatingPoint ? dtype : .int64
    // Reduce a run of adjacent dims as one (as TensorIterator coalesces them); others one at a time.
    var runEnd = dims.count - 1
    while runEnd > 0 && dims[runEnd - 1] == dims[runEnd] - 1 { runEnd -= 1 }
    let first = dims[runEnd], last = dims[dims.count - 1]
    let outer = shape[..<first].reduce(1, *)
    let r = shape[first...last].reduce(1, *)
    let inner = shape[(last + 1)...].reduce(1, *)
    var keptShape = shape
    for d in first...last { keptShape[d] = 1 }
    let out = try Tensor(context: context, shape: keptShape, dtype: outDType)
    func float<T: TensorElement & BinaryFloatingPoint>(_: T.Type) {
      let x = src.pointer(T.self), o = out.storage.pointer(T.self)
      for b in 0..<outer {
        let base = x + b * r * inner
        if inner == 1 {
          o[b] = CascadeSum.innerSum(UnsafePointer(base), r)
        } else {
          CascadeSum.outerSum(UnsafePointer(base), rows: r, cols: inner, into: o + b * inner)
        }
      }
    }
    switch src.dtype {
    case .float32: float(Float.self)
    case .float64: float(Double.self)
    default:
      let vals = src.int64Values()
      let o = out.storage.pointer(Int64.self)
      for b in 0..<outer {
        for j in 0..<inner {
          var acc: Int64 = 0
          for k in 0..<r { acc = acc &+ vals[(b * r + k) * inner + j] }
          o[b * inner + j] = acc
        }
      }
    }
    if runEnd == 0 { return out }
    return try out.sumData(Array(dims[..<runEnd]))
  }

  /// `tensor.sum()` over all elements (SumBackward0); ints and bools sum to int64.
  public func sum() throws -> Tensor {
    let out = try sumData(Array(0..<dim)).reshape([])
    if gradNeeded(self) {
      let inShape = shape
      record("SumBackward0", out, [self], saves: false) { g in [try g.expand(inShape)] }
    }
    return out
  }

  /// `tensor.sum(dim, keepdim)` over the listed dims (SumBackward1).
  public func sum(dims: [Int], keepDim: Bool = false) throws -> Tensor {
    let ds = try reductionDims(dims)
    let data = try sumData(ds)
    let out = data.makeView(shape: reducedShape(ds, keepDim: keepDim),
                            strides: Tensor.contiguousStrides(reducedShape(ds, keepDim: keepDim)), offset: 0)
    if gradNeeded(self) {
      let inShape = shape
      let kept = reducedShape(ds, keepDim: true)
      record("SumBackward1", out, [self], saves: false) { g in [try g.reshape(kept).expand(inShape)] }
    }
    return out
  }

  /// `tensor.sum(dim)` for one dim.
  public func sum(dim d: Int, keepDim: Bool = false) throws -> Tensor { try sum(dims: [d], keepDim: keepDim) }

  /// `tensor.mean()` = sum / numel (MeanBackward0); floating dtypes only.
  public func mean() throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw TorchError.runtime(
        "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.legacyName)")
    }
    let n = numel
    let out = try context.withGradMode(false) { try sumData(Array(0..<dim)).reshape([]).div(.float(Double(n))) }
    if gradNeeded(self) {
      let inShape = shape
      record("MeanBackward0", out, [self], saves: false) { g in [try g.div(.float(Double(n))).expand(inShape)] }
    }
    return out
  }

  /// `tensor.mean(dims, keepdim)` (MeanBackward1).
  public func mean(dims: [Int], keepDim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw TorchError.runtime(
        "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.legacyName)")
    }
    let ds = try reductionDims(dims)
    let count = ds.reduce(1) { $0 * shape[$1] }
    let out = try context.withGradMode(false) { try sum(dims: ds, keepDim: keepDim).div(.float(Double(count))) }
    if gradNeeded(self) {
      let inShape = shape, kept = reducedShape(ds, keepDim: true)
      record("MeanBackward1", out, [self], saves: false) { g in
        [try g.div(.float(Double(count))).reshape(kept).expand(inShape)]
      }
    }
    return out
  }

  /// `tensor.mean(dim)` for one dim.
  public func mean(dim d: Int, keepDim: Bool = false) throws -> Tensor { try mean(dims: [d], keepDim: keepDim) }

  /// `tensor.var(dims, correction=1, keepdim)` (VarBackward0).
  public func variance(dims: [Int] = [], correction: Int = 1, keepDim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else { throw TorchError.runtime("std and var only support floating point and complex dtypes") }
    let ds = try reductionDims(dims)
    let n = ds.reduce(1) { $0 * shape[$1] }
    let (out, centered) = try context.withGradMode(false) { () -> (Tensor, Tensor) in
      let c = try sub(mean(dims: ds, keepDim: true))
      let v = try c.mul(c).sum(dims: ds, keepDim: keepDim).div(.float(Double(Swift.max(0, n - correction))))
      return (v, c)
    }
    if gradNeeded(self) {
      let kept = reducedShape(ds, keepDim: true)
      record("VarBackward0", out, [self]) { g in
        [try g.reshape(kept).mul(centered).mul(.float(2.0 / Double(n - correction)))]
      }
    }
    return out
  }

  /// `tensor.std(dims, correction=1, keepdim)` (StdBackward0).
  public func std(dims: [Int] = [], correction: Int = 1, keepDim: Bool = false) throws -> Tensor {
    let ds = try reductionDims(dims)
    let n = ds.reduce(1) { $0 * shape[$1] }
    let (out, centered) = try context.withGradMode(false) { () -> (Tensor, Tensor) in
      let v = try variance(dims: ds, correction: correction, keepDim: keepDim)
      return (try v.sqrt(), try sub(mean(dims: ds, keepDim: true)))
    }
    if gradNeeded(self) {
      let kept = reducedShape(ds, keepDim: true), o = out.detach()
      record("StdBackward0", out, [self]) { g in
        [try g.reshape(kept).mul(centered).div(o.reshape(kept).mul(.float(Double(n - correction))))]
      }
    }
    return out
  }

  /// `tensor.norm()` / `torch.linalg.vector_norm(x, 2)` over all elements (LinalgVectorNormBackward0).
  public func norm() throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw TorchError.runtime("linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.legacyName)")
    }
    let out = try context.withGradMode(false) { try mul(self).sum().sqrt() }
    if gradNeeded(self) {
      let a = self, o = out.detach()
      record("LinalgVectorNormBackward0", out, [self]) { g in
        let zero = try o.eq(0)
        return [try a.mul(g.div(o)).maskedFill(zero.expand(a.shape), 0)]
      }
    }
    return out
  }

  /// `tensor.prod()` over all elements (ProdBackward0).
  public func prod() throws -> Tensor {
    let vals = doubleValues()
    let outDType: DType = dtype.isFloatingPoint ? dtype : .int64
    let out: Tensor
    if dtype.isFloatingPoint {
      var acc: Double = 1
      if dtype == .float32 {
        var f: Float = 1
        for v in vals { f *= Float(v) }
        acc = Double(f)
      } else {
        for v in vals { acc *= v }
      }
      out = try context.tensor(flat: [.float(acc)], shape: [], dtype: outDType)
    } else {
      var acc: Int64 = 1
      for v in int64Values() { acc = acc &* v }
      out = try context.tensor(flat: [.int(acc)], shape: [], dtype: outDType)
    }
    if gradNeeded(self) {
      let a = self
      record("ProdBackward0", out, [self]) { g in
        let xs = a.doubleValues()
        var grads = [Double](repeating: 0, count: xs.count)
        for i in 0..<xs.count {
          var p = 1.0
          for j in 0..<xs.count where j != i { p *= xs[j] }
          grads[i] = p
        }
        let others = try a.context.tensor(grads, shape: a.shape).toType(g.dtype)
        return [try others.mul(g)]
      }
    }
    return out
  }

  /// `torch.cumsum(self, dim)`: running sum accumulated in double like ATen (CumsumBackward0).
  public func cumsum(_ d: Int) throws -> Tensor {
    let n = try normalizeDim(d)
    let outDType: DType = dtype.isFloatingPoint ? dtype : .int64
    let src = try contiguousData()
    let out = try Tensor(context: context, shape: shape, dtype: outDType)
    let size = dim == 0 ? 1 : shape[n]
    let inner = dim == 0 ? 1 : shape[(n + 1)...].reduce(1, *)
    let outer = dim == 0 ? 1 : shape[..<n].reduce(1, *)
    if outDType.isFloatingPoint {
      let vals = src.doubleValues()
      var res = [Double](repeating: 0, count: vals.count)
      for b in 0..<outer {
        for j in 0..<inner {
          var acc = 0.0
          for k in 0..<size {
            let idx = (b * size + k) * inner + j
            acc += vals[idx]
            res[idx] = outDType == .float32 ? Double(Float(acc)) : acc
          }
        }
      }
      out.writeData(from: try context.tensor(res, shape: shape))
    } else {
      let vals = src.int64Values()
      let p = out.storage.pointer(Int64.self)
      for b in 0..<outer {
        for j in 0..<inner {
          var acc: Int64 = 0
          for k in 0..<size {
            let idx = (b * size + k) * inner + j
            acc = acc &+ vals[idx]
            p[idx] = acc
          }
        }
      }
    }
    if gradNeeded(self) {
      record("CumsumBackward0", out, [self], saves: false) { g in
        let total = try g.sum(dim: n, keepDim: true)
        return [try total.sub(g.cumsum(n)).add(g)]
      }
    }
    return out
  }
}
