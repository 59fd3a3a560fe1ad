#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A zero-initialised block of elements shared by a tensor and all its views.
public final class TensorStorage {
  /// The element type.
  public let dtype: DType
  /// Number of elements.
  public let count: Int
  let bytes: UnsafeMutableRawPointer
  /// Bumped by every in-place write through the public API (torch's version counter).
  public internal(set) var version = 0

  /// Allocates `count` zeroed elements, checking the size for overflow and against the context's budget.
  init(dtype: DType, count: Int, context: TorchContext) throws {
    let (byteCount, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
    guard count >= 0, !overflow else {
      throw TorchError.runtime("Storage size calculation overflowed with sizes=[\(count)]")
    }
    try context.checkAllocation(bytes: byteCount)
    guard let p = calloc(Swift.max(byteCount, 1), 1) else { throw TorchError.outOfMemory(bytes: byteCount) }
    self.dtype = dtype
    self.count = count
    self.bytes = p
  }

  deinit { free(bytes) }

  /// Typed pointer to element 0 (the caller must use the storage's dtype).
  @inline(__always) func pointer<T: TensorElement>(_: T.Type) -> UnsafeMutablePointer<T> {
    bytes.assumingMemoryBound(to: T.self)
  }
}
