/// The one matrix-multiply kernel every matmul-family op goes through (swap in BLAS here).
///
/// C[i, j] = (Σ_p A[i, p]·B[p, j], accumulated in p order) (+ bias[i, j] after the sum, as BLAS gemm with
/// beta = 1 does). A and bias may be strided (bias may be broadcast with 0 strides); B rows must be contiguous.
///
/// Small products use fused multiply-adds (what AVX2 BLAS kernels do, and what reproduces the course's printed
/// values). Without `-target-cpu haswell` Swift's FMA is a libm call, so products above `fusedLimit`
/// multiply-adds use a plain vectorisable multiply-then-add loop (an OpenBLAS call belongs here later).
enum MatmulKernel {
  /// Largest m·n·k computed with FMA.
  static let fusedLimit = 1 << 18

  static func gemm<T: TensorElement & BinaryFloatingPoint>(
    _: T.Type, m: Int, n: Int, k: Int,
    a: UnsafePointer<T>, as0: Int, as1: Int,
    b: UnsafePointer<T>, bs0: Int, bs1: Int,
    bias: UnsafePointer<T>?, cs0: Int, cs1: Int,
    out: UnsafeMutablePointer<T>
  ) {
    let fused = m &* n &* k <= fusedLimit
    var acc = [T](repeating: 0, count: n)
    acc.withUnsafeMutableBufferPointer { row in
      for i in 0..<m {
        for j in 0..<n { row[j] = 0 }
        for p in 0..<k {
          let aip = a[i &* as0 &+ p &* as1]
          let brow = b + p &* bs0
          if fused {
            if bs1 == 1 {
              for j in 0..<n { row[j] = row[j].addingProduct(aip, brow[j]) }
            } else {
              for j in 0..<n { row[j] = row[j].addingProduct(aip, brow[j &* bs1]) }
            }
          } else {
            if bs1 == 1 {
              for j in 0..<n { row[j] += aip * brow[j] }
            } else {
              for j in 0..<n { row[j] += aip * brow[j &* bs1] }
            }
          }
        }
        let o = out + i &* n
        if let bias {
          for j in 0..<n { o[j] = row[j] + bias[i &* cs0 &+ j &* cs1] }
        } else {
          for j in 0..<n { o[j] = row[j] }
        }
      }
    }
  }

  /// Integer matrix product (no BLAS in torch either).
  static func gemmInt(m: Int, n: Int, k: Int, a: [Int64], b: [Int64]) -> [Int64] {
    var out = [Int64](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        var s: Int64 = 0
        for p in 0..<k { s = s &+ a[i * k + p] &* b[p * n + j] }
        out[i * n + j] = s
      }
    }
    return out
  }
}

extension Tensor {
  /// Multiplies 2-D `a` [m,k] by 2-D `b` [k,n] (+ optional bias broadcast to [m,n]); no autograd.
  static func mmData(_ a: Tensor, _ bIn: Tensor, bias: Tensor? = nil) throws -> Tensor {
    let b = bIn.strides[1] == 1 || bIn.shape[1] <= 1 ? bIn : try bIn.copyData(to: bIn.dtype)
    let m = a.shape[0], k = a.shape[1], n = b.shape[1]
    let dt = a.dtype
    let out = try Tensor(context: a.context, shape: [m, n], dtype: dt)
    let biasView = bias.map { $0.broadcastData(to: [m, n]) }
    func run<T: TensorElement & BinaryFloatingPoint>(_ t: T.Type) {
      let biasPtr = biasView.map { UnsafePointer($0.pointer(T.self)) }
      MatmulKernel.gemm(
        T.self, m: m, n: n, k: k,
        a: UnsafePointer(a.pointer(T.self)), as0: a.strides[0], as1: a.strides[1],
        b: UnsafePointer(b.pointer(T.self)), bs0: b.strides[0], bs1: b.strides[1],
        bias: biasPtr, cs0: biasView?.strides[0] ?? 0, cs1: biasView?.strides[1] ?? 0,
        out: out.pointer(T.self))
    }
    switch dt {
    case .float32: run(Float.self)
    case .float64: run(Double.self)
    default:
      var r = MatmulKernel.gemmInt(m: m, n: n, k: k, a: a.int64Values(), b: b.int64Values())
      if let bv = biasView {
        let bb = bv.int64Values()
        for i in 0..<r.count { r[i] = r[i] &+ bb[i] }
      }
      out.writeData(from: try a.context.tensor(r, shape: [m, n]))
    }
    return out
  }

  private static func checkSameDType(_ a: Tensor, _ b: Tensor, _ op: String) throws {
    guard a.dtype == b.dtype else {
      throw TorchError.runtime("expected m1 and m2 to have the same dtype, but got: \(a.dtype.cppTypeName) != \(b.dtype.cppTypeName)")
    }
  }

  /// `torch.mm(self, other)` for 2-D tensors (MmBackward0).
  public func mm(_ other: Tensor) throws -> Tensor {
    guard dim == 2 else { throw TorchError.runtime("mm: self must be a matrix, got \(dim)-D tensor") }
    guard other.dim == 2 else { throw TorchError.runtime("mm: mat2 must be a matrix, got \(other.dim)-D tensor") }
    guard shape[1] == other.shape[0] else {
      throw TorchError.runtime(
        "mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(other.shape[0])x\(other.shape[1]))")
    }
    try Tensor.checkSameDType(self, other, "mm")
    let out = try Tensor.mmData(self, other)
    if gradNeeded(self, other) {
      let a = self
      record("MmBackward0", out, [self, other]) { g in
        [a.requiresGrad ? try g.mm(other.t()) : nil, other.requiresGrad ? try a.t().mm(g) : nil]
      }
    }
    return out
  }

  /// `torch.addmm(self, mat1, mat2)`: self + mat1 @ mat2, the bias added after the products (AddmmBackward0).
  public static func addmm(_ bias: Tensor, _ mat1: Tensor, _ mat2: Tensor) throws -> Tensor {
    guard mat1.dim == 2 else { throw TorchError.runtime("mat1 must be a matrix, got \(mat1.dim)-D tensor") }
    guard mat2.dim == 2 else { throw TorchError.runtime("mat2 must be a matrix, got \(mat2.dim)-D tensor") }
    guard mat1.shape[1] == mat2.shape[0] else {
      throw TorchError.runtime(
        "addmm: mat1 and mat2 shapes cannot be multiplied (\(mat1.shape[0])x\(mat1.shape[1]) and \(mat2.shape[0])x\(mat2.shape[1]))")
    }
    guard mat1.dtype == mat2.dtype else {
      throw TorchError.runtime("mat1 and mat2 must have the same dtype, but got \(mat1.dtype.legacyName) and \(mat2.dtype.legacyName)")
    }
    guard bias.dtype == mat2.dtype else {
      throw TorchError.runtime("self and mat2 must have the same dtype, but got \(bias.dtype.legacyName) and \(mat2.dtype.legacyName)")
    }
    let target = [mat1.shape[0], mat2.shape[1]]
    let bshape = try broadcastShapes(bias.shape, target)
    guard bshape == target else {
      throw TorchError.runtime(
        "The expanded size of the tensor (\(target[1])) must match the existing size (\(bias.shape.last ?? 0)) at non-singleton dimension 1.  Target sizes: \(formatList(target)).  Tensor sizes: \(formatList(bias.shape))")
    }
    let b = bias.dtype == mat1.dtype ? bias : try bias.copyData(to: mat1.dtype)
    let out = try mmData(mat1, mat2, bias: b)
    if gradNeeded([bias, mat1, mat2]) {
      record("AddmmBackward0", out, [bias, mat1, mat2]) { g in
        [try bias.gradFor(g),
         mat1.requiresGrad ? try g.mm(mat2.t()) : nil,
         mat2.requiresGrad ? try mat1.t().mm(g) : nil]
      }
    }
    return out
  }

  /// `torch.bmm(self, other)` for 3-D tensors [b,n,m] @ [b,m,p] (BmmBackward0).
  public func bmm(_ other: Tensor) throws -> Tensor {
    guard dim == 3 else { throw TorchError.runtime("batch1 must be a 3D tensor") }
    guard other.dim == 3 else { throw TorchError.runtime("batch2 must be a 3D tensor") }
    guard shape[0] == other.shape[0], shape[2] == other.shape[1] else {
      throw TorchError.runtime(
        "Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])].")
    }
    try Tensor.checkSameDType(self, other, "bmm")
    let outs = try context.withGradMode(false) { () -> [Tensor] in
      try (0..<shape[0]).map { i in try Tensor.mmData(selectData(0, i), other.selectData(0, i)) }
    }
    let out = try Tensor(context: context, shape: [shape[0], shape[1], other.shape[2]], dtype: dtype)
    for (i, o) in outs.enumerated() { try out.selectData(0, i).writeData(from: o) }
    if gradNeeded(self, other) {
      let a = self
      record("BmmBackward0", out, [self, other]) { g in
        [a.requiresGrad ? try g.bmm(other.transpose(1, 2)) : nil,
         other.requiresGrad ? try a.transpose(1, 2).bmm(g) : nil]
      }
    }
    return out
  }

  /// `torch.dot(self, other)` for 1-D tensors (DotBackward0).
  public func dot(_ other: Tensor) throws -> Tensor {
    guard dim == 1, other.dim == 1 else {
      throw TorchError.runtime("1D tensors expected, but got \(dim)D and \(other.dim)D tensors")
    }
    guard shape[0] == other.shape[0] else {
      throw TorchError.runtime(
        "inconsistent tensor size, expected tensor [\(shape[0])] and src [\(other.shape[0])] to have the same number of elements, but got \(shape[0]) and \(other.shape[0]) elements respectively")
    }
    try Tensor.checkSameDType(self, other, "dot")
    let out = try context.withGradMode(false) {
      try Tensor.mmData(unsqueeze(0), other.unsqueeze(1)).reshape([])
    }
    if gradNeeded(self, other) {
      let a = self
      record("DotBackward0", out, [self, other]) { g in
        [a.requiresGrad ? try other.mul(g) : nil, other.requiresGrad ? try a.mul(g) : nil]
      }
    }
    return out
  }

  /// `torch.mv(self, vec)`: [n,m] @ [m] (MvBackward0).
  public func mv(_ v: Tensor) throws -> Tensor {
    guard dim == 2, v.dim == 1 else {
      throw TorchError.runtime("vector + matrix @ vector expected, got 1, \(dim), \(v.dim)")
    }
    guard shape[1] == v.shape[0] else {
      throw TorchError.runtime("size mismatch, got input (\(shape[0])), mat (\(shape[0])x\(shape[1])), vec (\(v.shape[0]))")
    }
    try Tensor.checkSameDType(self, v, "mv")
    let out = try context.withGradMode(false) { try Tensor.mmData(self, v.unsqueeze(1)).reshape([shape[0]]) }
    if gradNeeded(self, v) {
      let a = self
      record("MvBackward0", out, [self, v]) { g in
        [a.requiresGrad ? try g.unsqueeze(1).mm(v.unsqueeze(0)) : nil, v.requiresGrad ? try a.t().mv(g) : nil]
      }
    }
    return out
  }

  /// `torch.matmul(self, other)` / `self @ other` with torch's dispatch on ranks and batch broadcasting.
  public func matmul(_ other: Tensor) throws -> Tensor {
    let d1 = dim, d2 = other.dim
    guard d1 > 0, d2 > 0 else {
      throw TorchError.runtime("both arguments to matmul need to be at least 1D, but they are \(d1)D and \(d2)D")
    }
    if d1 == 1 && d2 == 1 { return try dot(other) }
    if d1 == 2 && d2 == 1 { return try mv(other) }
    if d1 == 1 && d2 == 2 { return try unsqueeze(0).mm(other).squeeze(0) }
    if d1 == 2 && d2 == 2 { return try mm(other) }
    if d1 >= 3 && (d2 == 1 || d2 == 2) {
      let k = shape[d1 - 1]
      guard k == other.shape[0] else {
        if d2 == 1 {
          let rows = numel / Swift.max(k, 1)
          throw TorchError.runtime("size mismatch, got input (\(rows)), mat (\(rows)x\(k)), vec (\(other.shape[0]))")
        }
        throw TorchError.runtime(
          "mm: mat1 and mat2 shapes cannot be multiplied (\(numel / Swift.max(k, 1))x\(k) and \(other.shape[0])x\(d2 == 2 ? other.shape[1] : 1))")
      }
      let folded = try reshape([-1, k])
      let rhs = d2 == 1 ? try other.unsqueeze(1) : other
      let prod = try folded.mm(rhs)
      var outShape = Array(shape[..<(d1 - 1)])
      if d2 == 2 { outShape.append(other.shape[1]) }
      return try prod.unsafeView(outShape)
    }
    // Batched: broadcast batch dims, then bmm.
    let a = d1 == 1 ? try unsqueeze(0) : self
    let b = d2 == 1 ? try other.unsqueeze(1) : other
    let n = a.shape[a.dim - 2], m = a.shape[a.dim - 1], p = b.shape[b.dim - 1]
    guard m == b.shape[b.dim - 2] else {
      throw TorchError.runtime(
        "Expected size for first two dimensions of batch2 tensor to be: [\(a.numel / Swift.max(n * m, 1)), \(m)] but got: [\(b.numel / Swift.max(b.shape[b.dim - 2] * p, 1)), \(b.shape[b.dim - 2])].")
    }
    let batch = try Tensor.broadcastShapes(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
    let bcount = batch.reduce(1, *)
    let ea = try a.expand(batch + [n, m]).reshape([bcount, n, m])
    let eb = try b.expand(batch + [m, p]).reshape([bcount, m, p])
    var outShape = batch
    if d1 > 1 { outShape.append(n) }
    if d2 > 1 { outShape.append(p) }
    return try ea.bmm(eb).unsafeView(outShape)
  }

  /// `_unsafe_view`: a reshape recorded as UnsafeViewBackward0 (what matmul returns).
  func unsafeView(_ newShape: [Int]) throws -> Tensor {
    let src = try contiguousData()
    let out = src.makeView(shape: newShape, strides: Tensor.contiguousStrides(newShape), offset: src.storageOffset)
    if gradNeeded(self) {
      let inShape = shape
      record("UnsafeViewBackward0", out, [self], saves: false) { g in [try g.reshape(inShape)] }
    }
    return out
  }
}

extension DType {
  /// torch's C++ type name used in some dtype-mismatch messages (Float, Double, Long, ...).
  var typeName: String { legacyName }
  /// The C++ scalar type name (`float`, `double`, `long int`), as mm's dtype-mismatch message prints it.
  var cppTypeName: String {
    switch self {
    case .float32: return "float"
    case .float64: return "double"
    case .int64: return "long int"
    case .int32: return "int"
    case .bool: return "bool"
    }
  }
}
