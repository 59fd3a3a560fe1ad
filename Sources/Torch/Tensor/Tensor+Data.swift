/// The Swift element type stored for a dtype.
func elementType(_ d: DType) -> any TensorElement.Type {
  switch d {
  case .bool: return Bool.self
  case .int32: return Int32.self
  case .int64: return Int64.self
  case .float32: return Float.self
  case .float64: return Double.self
  }
}

@inline(__always)
func convertElement<S: TensorElement, D: TensorElement>(_ s: S, to: D.Type) -> D {
  if D.dtype.isFloatingPoint || S.dtype.isFloatingPoint { return D(fromDouble: s.doubleValue) }
  return D(fromInt64: s.int64Value)
}

private func copyKernel<S: TensorElement, D: TensorElement>(
  _ src: Tensor, _ s: S.Type, _ dst: UnsafeMutablePointer<D>
) {
  let p = src.storage.pointer(S.self)
  var i = 0
  if src.isContiguous {
    let base = p + src.storageOffset
    for k in 0..<src.numel { dst[k] = convertElement(base[k], to: D.self) }
    return
  }
  forEachOffset(shape: src.shape, strides: src.strides, offset: src.storageOffset) { o in
    dst[i] = convertElement(p[o], to: D.self)
    i &+= 1
  }
}

private func writeKernel<S: TensorElement, D: TensorElement>(
  _ src: Tensor, _ s: S.Type, into dst: Tensor, _ d: D.Type
) {
  let ps = src.storage.pointer(S.self)
  let pd = dst.storage.pointer(D.self)
  forEachOffsetPair(shape: dst.shape, dst.strides, dst.storageOffset, src.strides, src.storageOffset) { od, os in
    pd[od] = convertElement(ps[os], to: D.self)
  }
}

extension Tensor {
  /// Same-dtype strided copy with concrete element types (the common, hot case).
  private func sameTypeCopy<T: TensorElement>(_: T.Type, from src: Tensor) {
    let pd = storage.pointer(T.self), ps = src.storage.pointer(T.self)
    if isContiguous && src.isContiguous && shape == src.shape {
      (pd + storageOffset).update(from: ps + src.storageOffset, count: numel)
      return
    }
    forEachOffsetPair(shape: shape, strides, storageOffset, src.strides, src.storageOffset) { od, os in pd[od] = ps[os] }
  }

  /// Copies `src` (same dtype, broadcast to this shape) into this tensor; returns false for other dtypes.
  @discardableResult
  func copySameType(from src: Tensor) -> Bool {
    guard src.dtype == dtype else { return false }
    switch dtype {
    case .float32: sameTypeCopy(Float.self, from: src)
    case .float64: sameTypeCopy(Double.self, from: src)
    case .int64: sameTypeCopy(Int64.self, from: src)
    case .int32: sameTypeCopy(Int32.self, from: src)
    case .bool: sameTypeCopy(Bool.self, from: src)
    }
    return true
  }

  /// A contiguous copy converted to `dtype`, without autograd.
  func copyData(to dtype: DType) throws -> Tensor {
    let out = try Tensor(context: context, shape: shape, dtype: dtype)
    if out.copySameType(from: self) { return out }
    func run<D: TensorElement>(_ d: D.Type) {
      let dst = out.storage.pointer(D.self)
      copyKernel(self, elementType(self.dtype), dst)
    }
    run(elementType(dtype))
    return out
  }

  /// Writes `src` (already broadcast to this shape) into this tensor's elements, converting dtype; no autograd.
  func writeData(from src: Tensor) {
    if copySameType(from: src.shape == shape ? src : src.broadcastData(to: shape)) { return }
    func run<D: TensorElement>(_ d: D.Type) { writeKernel(src, elementType(src.dtype), into: self, D.self) }
    run(elementType(dtype))
  }

  /// All elements as Double, row-major.
  public func doubleValues() -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(numel)
    func run<T: TensorElement>(_ t: T.Type) {
      let p = storage.pointer(T.self)
      forEachOffset(shape: shape, strides: strides, offset: storageOffset) { out.append(p[$0].doubleValue) }
    }
    run(elementType(dtype))
    return out
  }

  /// All elements as Int64, row-major (floats truncated).
  public func int64Values() -> [Int64] {
    var out: [Int64] = []
    out.reserveCapacity(numel)
    func run<T: TensorElement>(_ t: T.Type) {
      let p = storage.pointer(T.self)
      forEachOffset(shape: shape, strides: strides, offset: storageOffset) { out.append(p[$0].int64Value) }
    }
    run(elementType(dtype))
    return out
  }

  /// All elements as `T`, row-major; throws if `T` is not this tensor's element type.
  public func values<T: TensorElement>(_ t: T.Type) throws -> [T] {
    guard T.dtype == dtype else {
      throw TorchError.type("expected \(T.dtype) but the tensor is \(dtype)")
    }
    var out: [T] = []
    out.reserveCapacity(numel)
    let p = storage.pointer(T.self)
    forEachOffset(shape: shape, strides: strides, offset: storageOffset) { out.append(p[$0]) }
    return out
  }

  /// `tensor.item()`: the single element as a Python scalar.
  public func item() throws -> Scalar {
    guard numel == 1 else {
      throw TorchError.runtime("a Tensor with \(numel) elements cannot be converted to Scalar")
    }
    switch dtype {
    case .bool: return .bool(storage.pointer(Bool.self)[storageOffset])
    case .int32: return .int(Int64(storage.pointer(Int32.self)[storageOffset]))
    case .int64: return .int(storage.pointer(Int64.self)[storageOffset])
    case .float32: return .float(Double(storage.pointer(Float.self)[storageOffset]))
    case .float64: return .float(storage.pointer(Double.self)[storageOffset])
    }
  }

  /// `tensor.tolist()` flattened: the elements as Python scalars, row-major.
  public func scalars() -> [Scalar] {
    switch dtype {
    case .bool: return ((try? values(Bool.self)) ?? []).map { .bool($0) }
    case .int32, .int64: return int64Values().map { .int($0) }
    case .float32, .float64: return doubleValues().map { .float($0) }
    }
  }

  /// Sets every element to `value` in place, without autograd checks (used by creation ops).
  func fillData(_ value: Scalar) {
    func run<T: TensorElement>(_ t: T.Type) {
      let v: T
      switch value {
      case .float(let d): v = T(fromDouble: d)
      default: v = T(fromInt64: value.int64Value)
      }
      let p = storage.pointer(T.self)
      if isContiguous {
        let base = p + storageOffset
        for k in 0..<numel { base[k] = v }
      } else {
        forEachOffset(shape: shape, strides: strides, offset: storageOffset) { p[$0] = v }
      }
    }
    run(elementType(dtype))
  }
}

extension Tensor {
  /// `tensor.tolist()`: nested Python data (a scalar for 0-d tensors).
  public func toNested() -> NestedData {
    let flat = scalars()
    if dim == 0 { return .scalar(flat.first ?? .float(0)) }
    func build(_ d: Int, _ base: Int) -> NestedData {
      let block = shape[(d + 1)...].reduce(1, *)
      if d == dim - 1 { return .list((0..<shape[d]).map { .scalar(flat[base + $0]) }) }
      return .list((0..<shape[d]).map { build(d + 1, base + $0 * block) })
    }
    return build(0, 0)
  }
}
