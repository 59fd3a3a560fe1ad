/// An n-dimensional array with torch's reference semantics: views share `storage`, and `shape`, `strides`
/// (in elements) and `storageOffset` say where the elements are. Ops on it read the owning `context`
/// (grad mode, default dtype, allocation budget).
public final class Tensor {
  /// The session this tensor belongs to.
  public let context: TorchContext
  /// The memory shared with views.
  public let storage: TensorStorage
  /// Sizes of each dimension (`tensor.shape`).
  public let shape: [Int]
  /// Element strides of each dimension (`tensor.stride()`).
  public let strides: [Int]
  /// Index of element [0, ..., 0] in `storage` (`tensor.storage_offset()`).
  public let storageOffset: Int
  var requiresGradFlag = false
  /// The accumulated gradient (`tensor.grad`); set to nil to zero it like `zero_grad(set_to_none=True)`.
  public var grad: Tensor?
  /// The node that made this tensor (`tensor.grad_fn`); nil for leaves.
  public internal(set) var gradFn: Node?
  /// True for `nn.Parameter` tensors (changes the repr to `Parameter containing:`).
  public var isParameter = false
  /// True for 0-d tensors made from Python scalars (they promote weakly).
  var isWrappedNumber = false
  /// True once `retain_grad()` was called on a non-leaf.
  public internal(set) var retainsGrad = false
  weak var gradAccumulator: Node?
  /// Which output of `gradFn` this tensor is (non-zero only for multi-output ops).
  var outputNr = 0
  /// The tensor this one is a view of (nil for non-views), for in-place checks.
  public internal(set) var viewBase: Tensor?

  init(context: TorchContext, storage: TensorStorage, shape: [Int], strides: [Int], offset: Int) {
    self.context = context
    self.storage = storage
    self.shape = shape
    self.strides = strides
    self.storageOffset = offset
  }

  /// Makes an uninitialised (zero-filled) contiguous tensor; validates sizes and the memory budget.
  public convenience init(context: TorchContext, shape: [Int], dtype: DType) throws {
    let n = try Tensor.checkedNumel(shape)
    let storage = try TensorStorage(dtype: dtype, count: n, context: context)
    self.init(context: context, storage: storage, shape: shape, strides: Tensor.contiguousStrides(shape), offset: 0)
  }

  /// The element type (`tensor.dtype`).
  @inline(__always) public var dtype: DType { storage.dtype }
  /// Number of dimensions (`tensor.dim()`).
  @inline(__always) public var dim: Int { shape.count }
  /// Number of elements (`tensor.numel()`).
  public var numel: Int {
    var n = 1
    for s in shape { n &*= s }
    return n
  }
  /// `tensor.requires_grad`: true for leaves that ask for grad and for results of tracked ops.
  public var requiresGrad: Bool { requiresGradFlag || gradFn != nil }
  /// `tensor.is_leaf`.
  public var isLeaf: Bool { gradFn == nil }

  /// `tensor.requires_grad_(flag)`; only leaves may change it, and only floating tensors may require grad.
  @discardableResult
  /// `factory` selects the wording torch uses for `requires_grad=True` in a creation function.
  public func requiresGrad(_ flag: Bool, factory: Bool = false) throws -> Tensor {
    if gradFn != nil {
      if flag { return self }
      throw TorchError.runtime(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
    }
    if flag && !dtype.isFloatingPoint {
      throw TorchError.runtime(factory ? "Only Tensors of floating point and complex dtype can require gradients"
                                         : "only Tensors of floating point dtype can require gradients")
    }
    requiresGradFlag = flag
    return self
  }

  /// `tensor.retain_grad()`: keep `.grad` for a non-leaf after backward.
  public func retainGrad() throws {
    guard requiresGrad else {
      throw TorchError.runtime("can't retain_grad on Tensor that has requires_grad=False")
    }
    if !isLeaf {
      retainsGrad = true
      gradFn?.retainedOutput = self
    }
  }

  /// `tensor.size(d)` with Python-style negative d.
  public func size(_ d: Int) throws -> Int { shape[try normalizeDim(d)] }

  /// `tensor.stride(d)`.
  public func stride(_ d: Int) throws -> Int { strides[try normalizeDim(d)] }

  /// True when the elements are laid out row-major without gaps (`is_contiguous()`).
  public var isContiguous: Bool {
    var expected = 1
    for d in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
      if shape[d] == 1 { continue }
      if strides[d] != expected { return false }
      expected &*= shape[d]
    }
    return true
  }

  // MARK: - Shape helpers

  /// Row-major strides for `shape`.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for d in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
      s[d] = acc
      acc &*= Swift.max(shape[d], 1)
    }
    return s
  }

  /// numel of a shape, checking for negative sizes and overflow with torch's messages.
  static func checkedNumel(_ shape: [Int]) throws -> Int {
    var n = 1
    for s in shape {
      if s < 0 {
        throw TorchError.runtime("Trying to create tensor with negative dimension \(s): \(formatList(shape))")
      }
    }
    for s in shape {
      let (m, o) = n.multipliedReportingOverflow(by: s)
      if o { throw TorchError.runtime("numel: integer multiplication overflow") }
      n = m
    }
    return n
  }

  /// Normalises a dim index against this tensor's rank (Python negative indexing).
  func normalizeDim(_ d: Int, rankOverride: Int? = nil) throws -> Int {
    try Tensor.normalize(dim: d, rank: rankOverride ?? shape.count)
  }

  /// Normalises a dim for a given rank; 0-d tensors accept -1 and 0.
  static func normalize(dim d: Int, rank: Int) throws -> Int {
    let r = Swift.max(rank, 1)
    guard d >= -r && d < r else { throw TorchError.dimOutOfRange(d, rank: rank) }
    return d < 0 ? d + r : d
  }

  /// A new tensor object viewing the same storage.
  func makeView(shape: [Int], strides: [Int], offset: Int) -> Tensor {
    Tensor(context: context, storage: storage, shape: shape, strides: strides, offset: offset)
  }

  /// A view sharing storage that remembers its base (for autograd's in-place checks).
  func viewOf(shape: [Int], strides: [Int], offset: Int) -> Tensor {
    let v = Tensor(context: context, storage: storage, shape: shape, strides: strides, offset: offset)
    v.viewBase = viewBase ?? self
    return v
  }

  /// The tensor itself if contiguous, else a contiguous copy (no autograd).
  func contiguousData() throws -> Tensor {
    if isContiguous { return self }
    return try copyData(to: dtype)
  }

  /// Pointer to this tensor's first element (valid for typed access when `T.dtype == dtype`).
  @inline(__always) func pointer<T: TensorElement>(_ t: T.Type) -> UnsafeMutablePointer<T> {
    storage.pointer(t) + storageOffset
  }

  /// `torch.Size` string: `torch.Size([2, 3])`.
  public var sizeDescription: String { "torch.Size(\(Tensor.formatList(shape)))" }

  /// `[2, 3]` as torch prints shapes in messages.
  static func formatList(_ xs: [Int]) -> String { "[" + xs.map(String.init).joined(separator: ", ") + "]" }
}

/// Calls `body` with each element's storage offset in row-major order.
@inline(__always)
func forEachOffset(shape: [Int], strides: [Int], offset: Int, _ body: (Int) -> Void) {
  let rank = shape.count
  if rank == 0 {
    body(offset)
    return
  }
  for s in shape where s == 0 { return }
  let last = rank - 1
  let n = shape[last], st = strides[last]
  if rank == 1 {
    var o = offset
    for _ in 0..<n {
      body(o)
      o &+= st
    }
    return
  }
  var counter = [Int](repeating: 0, count: rank)
  var base = offset
  while true {
    var o = base
    for _ in 0..<n {
      body(o)
      o &+= st
    }
    var d = last - 1
    while d >= 0 {
      counter[d] += 1
      base &+= strides[d]
      if counter[d] < shape[d] { break }
      base &-= strides[d] &* shape[d]
      counter[d] = 0
      d -= 1
    }
    if d < 0 { return }
  }
}

/// Calls `body` with the storage offsets of two same-shaped (possibly broadcast) operands, row-major.
@inline(__always)
func forEachOffsetPair(
  shape: [Int], _ sa: [Int], _ oa: Int, _ sb: [Int], _ ob: Int, _ body: (Int, Int) -> Void
) {
  let rank = shape.count
  if rank == 0 {
    body(oa, ob)
    return
  }
  for s in shape where s == 0 { return }
  let last = rank - 1
  let n = shape[last], sta = sa[last], stb = sb[last]
  var counter = [Int](repeating: 0, count: rank)
  var baseA = oa, baseB = ob
  while true {
    var a = baseA, b = baseB
    for _ in 0..<n {
      body(a, b)
      a &+= sta
      b &+= stb
    }
    var d = last - 1
    while d >= 0 {
      counter[d] += 1
      baseA &+= sa[d]
      baseB &+= sb[d]
      if counter[d] < shape[d] { break }
      baseA &-= sa[d] &* shape[d]
      baseB &-= sb[d] &* shape[d]
      counter[d] = 0
      d -= 1
    }
    if d < 0 { return }
  }
}
