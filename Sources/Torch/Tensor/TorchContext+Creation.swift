/// Nested Python data for `torch.tensor(...)`: a scalar or a list of nested data.
public indirect enum NestedData: Sendable, Equatable {
  case scalar(Scalar)
  case list([NestedData])
}

// Factory functions (`torch.zeros`, `torch.tensor`, ...). Creation ops are methods on the session context.
extension TorchContext {
  /// `torch.tensor(data, dtype=None, requires_grad=False)`: infers shape and dtype from nested Python data.
  public func tensor(_ data: NestedData, dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor {
    var shape: [Int] = []
    var node = data
    while case .list(let xs) = node {
      shape.append(xs.count)
      guard let first = xs.first else { break }
      node = first
    }
    var flat: [Scalar] = []
    flat.reserveCapacity(Swift.max(0, (try? Tensor.checkedNumel(shape)) ?? 0))
    func walk(_ d: NestedData, _ depth: Int) throws {
      switch d {
      case .scalar(let s):
        if depth != shape.count {
          throw TorchError.type("'int' object is not iterable")
        }
        flat.append(s)
      case .list(let xs):
        guard depth < shape.count else {
          throw TorchError.value("expected sequence of length \(0) at dim \(depth) (got \(xs.count))")
        }
        if xs.count != shape[depth] {
          throw TorchError.value("expected sequence of length \(shape[depth]) at dim \(depth) (got \(xs.count))")
        }
        for x in xs { try walk(x, depth + 1) }
      }
    }
    try walk(data, 0)
    return try tensor(flat: flat, shape: shape, dtype: dtype, requiresGrad: requiresGrad)
  }

  /// Builds a tensor from row-major Python scalars and a shape; dtype inferred like `torch.tensor` when nil.
  public func tensor(flat: [Scalar], shape: [Int], dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor {
    let n = try Tensor.checkedNumel(shape)
    guard n == flat.count else {
      throw TorchError.runtime("shape '\(Tensor.formatList(shape))' is invalid for input of size \(flat.count)")
    }
    let inferred: DType
    if let d = dtype {
      inferred = d
    } else {
      var cat = flat.isEmpty ? 2 : 0
      for s in flat { cat = Swift.max(cat, s.category) }
      inferred = cat == 2 ? defaultDType : (cat == 1 ? .int64 : .bool)
    }
    let t = try Tensor(context: self, shape: shape, dtype: inferred)
    func run<T: TensorElement>(_ ty: T.Type) {
      let p = t.storage.pointer(T.self)
      for (i, s) in flat.enumerated() {
        switch s {
        case .float(let d): p[i] = T(fromDouble: d)
        default: p[i] = T(fromInt64: s.int64Value)
        }
      }
    }
    run(elementType(inferred))
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// A tensor from Swift values of one element type (dtype = `T.dtype`).
  public func tensor<T: TensorElement>(_ values: [T], shape: [Int]? = nil, requiresGrad: Bool = false) throws -> Tensor {
    let shp = shape ?? [values.count]
    let n = try Tensor.checkedNumel(shp)
    guard n == values.count else {
      throw TorchError.runtime("shape '\(Tensor.formatList(shp))' is invalid for input of size \(values.count)")
    }
    let t = try Tensor(context: self, shape: shp, dtype: T.dtype)
    let p = t.storage.pointer(T.self)
    for i in 0..<n { p[i] = values[i] }
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// A 0-d tensor holding `value` (dtype inferred like `torch.tensor(value)` when nil).
  public func scalarTensor(_ value: Scalar, dtype: DType? = nil) throws -> Tensor {
    try tensor(flat: [value], shape: [], dtype: dtype)
  }

  /// `torch.empty(shape, dtype)` (zero-filled here).
  public func empty(_ shape: [Int], dtype: DType? = nil) throws -> Tensor {
    try Tensor(context: self, shape: shape, dtype: dtype ?? defaultDType)
  }

  /// `torch.zeros(shape, dtype, requires_grad)`.
  public func zeros(_ shape: [Int], dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw TorchError.runtime("zeros: Dimension size must be non-negative.") }
    let t = try Tensor(context: self, shape: shape, dtype: dtype ?? defaultDType)
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// `torch.ones(shape, dtype, requires_grad)`.
  public func ones(_ shape: [Int], dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor {
    try full(shape, 1, dtype: dtype ?? defaultDType, requiresGrad: requiresGrad)
  }

  /// `torch.full(shape, value, dtype)`; dtype inferred from the value when nil (float → default dtype).
  public func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor {
    let dt: DType
    if let d = dtype {
      dt = d
    } else {
      switch value {
      case .bool: dt = .bool
      case .int: dt = .int64
      case .float: dt = defaultDType
      }
    }
    let t = try Tensor(context: self, shape: shape, dtype: dt)
    t.fillData(value)
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// `torch.zeros_like(t)`.
  public func zerosLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try zeros(t.shape, dtype: dtype ?? t.dtype) }
  /// `torch.ones_like(t)`.
  public func onesLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try ones(t.shape, dtype: dtype ?? t.dtype) }
  /// `torch.full_like(t, value)`.
  public func fullLike(_ t: Tensor, _ value: Scalar, dtype: DType? = nil) throws -> Tensor {
    try full(t.shape, value, dtype: dtype ?? t.dtype)
  }
  /// `torch.empty_like(t)`.
  public func emptyLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try empty(t.shape, dtype: dtype ?? t.dtype) }

  /// `torch.arange(start, end, step, dtype)`: int64 when all arguments are ints, else the default dtype.
  public func arange(_ start: Scalar, _ end: Scalar, step: Scalar = 1, dtype: DType? = nil) throws -> Tensor {
    let s = start.doubleValue, e = end.doubleValue, st = step.doubleValue
    guard st != 0 else { throw TorchError.runtime("step must be nonzero") }
    guard s.isFinite && e.isFinite else { throw TorchError.runtime("unsupported range: \(s) -> \(e)") }
    guard (st > 0 && e >= s) || (st < 0 && e <= s) else {
      throw TorchError.runtime("upper bound and lower bound inconsistent with step sign")
    }
    let allInt = start.category <= 1 && end.category <= 1 && step.category <= 1
    let dt = dtype ?? (allInt ? .int64 : defaultDType)
    let count: Double
    if allInt {
      let (a, b, c) = (start.int64Value, end.int64Value, step.int64Value)
      count = Double((b - a) / c + ((b - a) % c != 0 ? 1 : 0))
    } else {
      count = ((e - s) / st).rounded(.up)
    }
    guard count >= 0, count < 9e15 else { throw TorchError.runtime("invalid size, possible overflow?") }
    let n = Int(count)
    let t = try Tensor(context: self, shape: [n], dtype: dt)
    func run<T: TensorElement>(_ ty: T.Type) {
      let p = t.storage.pointer(T.self)
      if dt.isFloatingPoint {
        for i in 0..<n { p[i] = T(fromDouble: s + st * Double(i)) }
      } else {
        let a = start.int64Value, c = step.int64Value
        for i in 0..<n { p[i] = T(fromInt64: a &+ c &* Int64(i)) }
      }
    }
    run(elementType(dt))
    return t
  }

  /// `torch.arange(end)`.
  public func arange(_ end: Scalar, dtype: DType? = nil) throws -> Tensor {
    try arange(.int(0), end, step: .int(1), dtype: dtype)
  }

  /// `torch.linspace(start, end, steps)` with torch's two-sided evaluation.
  public func linspace(_ start: Double, _ end: Double, steps: Int, dtype: DType? = nil) throws -> Tensor {
    guard steps >= 0 else { throw TorchError.runtime("number of steps must be non-negative") }
    let dt = dtype ?? defaultDType
    let t = try Tensor(context: self, shape: [steps], dtype: dt)
    if steps == 0 { return t }
    if steps == 1 {
      t.fillData(.float(start))
      return t
    }
    let half = steps / 2
    switch dt {
    case .float32:
      let p = t.storage.pointer(Float.self)
      let a = Float(start), b = Float(end)
      let step = (b - a) / Float(steps - 1)
      for i in 0..<steps { p[i] = i < half ? a + step * Float(i) : b - step * Float(steps - i - 1) }
    default:
      let step = (end - start) / Double(steps - 1)
      var vals = [Double](repeating: 0, count: steps)
      for i in 0..<steps { vals[i] = i < half ? start + step * Double(i) : end - step * Double(steps - i - 1) }
      let src = try tensor(vals)
      t.writeData(from: src)
    }
    return t
  }

  /// `torch.eye(n, m)`.
  public func eye(_ n: Int, _ m: Int? = nil, dtype: DType? = nil) throws -> Tensor {
    let cols = m ?? n
    guard n >= 0 else { throw TorchError.runtime("n must be greater or equal to 0, got \(n)") }
    guard cols >= 0 else { throw TorchError.runtime("m must be greater or equal to 0, got \(cols)") }
    let t = try Tensor(context: self, shape: [n, cols], dtype: dtype ?? defaultDType)
    let one = try full([], 1, dtype: t.dtype)
    for i in 0..<Swift.min(n, cols) {
      t.makeView(shape: [], strides: [], offset: i * cols + i).writeData(from: one)
    }
    return t
  }
}
