import XCTest
@testable import Torch

/// Op semantics and torch's error messages.
final class OpsTests: XCTestCase {
  func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "<no error>"
    } catch let e as TorchError {
      return e.description
    } catch {
      return "\(error)"
    }
  }

  func testErrorMessages() throws {
    let c = TorchContext()
    let a = try c.zeros([2]), b = try c.zeros([4])
    XCTAssertEqual(message { try a.add(b) },
                   "RuntimeError: The size of tensor a (2) must match the size of tensor b (4) at non-singleton dimension 0")
    XCTAssertEqual(message { try c.zeros([5, 4]).mm(c.zeros([3, 2])) },
                   "RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (5x4 and 3x2)")
    XCTAssertEqual(message { try c.zeros([6]).view([4, 2]) }, "RuntimeError: shape '[4, 2]' is invalid for input of size 6")
    XCTAssertEqual(message { try c.zeros([3]).index([.int(5)]) }, "IndexError: index 5 is out of bounds for dimension 0 with size 3")
    XCTAssertEqual(message { try c.zeros([3]).sum(dim: 2) },
                   "IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 2)")
    XCTAssertEqual(message { try c.zeros([3, 3]).view([-1, -1]) }, "RuntimeError: only one dimension can be inferred")
    XCTAssertEqual(message { try c.zeros([2, 3]).t().view([6]) },
                   "RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    c.maxAllocationBytes = 1 << 20
    XCTAssertEqual(message { try c.zeros([1 << 20]) },
                   "RuntimeError: [enforce fail at alloc_cpu.cpp:119] . DefaultCPUAllocator: can't allocate memory: you tried to allocate 4194304 bytes. Error code 12 (Cannot allocate memory)")
    XCTAssertEqual(message { try c.zeros([Int.max, 4]) }, "RuntimeError: numel: integer multiplication overflow")
  }

  func testPromotionAndArithmetic() throws {
    let c = TorchContext()
    let i = try c.tensor([1, 2, 3] as [Int64])
    XCTAssertEqual(try i.add(2.5).dtype, .float32)
    XCTAssertEqual(try i.add(2).dtype, .int64)
    XCTAssertEqual(try i.div(2).repr(), "tensor([0.5000, 1.0000, 1.5000])")
    XCTAssertEqual(try c.tensor([true, false]).add(1).dtype, .int64)
    XCTAssertEqual(try c.tensor([-7, 7] as [Int64]).floorDivide(2).int64Values(), [-4, 3])
    XCTAssertEqual(try c.tensor([-7, 7] as [Int64]).remainder(3).int64Values(), [2, 1])
    XCTAssertEqual(try c.tensor([-7.5, 7.5] as [Double]).remainder(2).doubleValues(), [0.5, 1.5])
    XCTAssertEqual(message { try c.tensor([1, 2] as [Int64]).floorDivide(0) }, "RuntimeError: ZeroDivisionError")
    XCTAssertEqual(try c.tensor([1.0, 2.0] as [Float]).gt(1.5).repr(), "tensor([False,  True])")
  }

  func testReductionsAndSorting() throws {
    let c = TorchContext()
    let x = try c.tensor([3.0, 1.0, 2.0, 5.0, 4.0, 0.0] as [Float], shape: [2, 3])
    XCTAssertEqual(try x.sum().item(), .float(15))
    XCTAssertEqual(try x.sum(dim: 0).doubleValues(), [8, 5, 2])
    XCTAssertEqual(try x.mean(dim: 1, keepDim: true).shape, [2, 1])
    let (v, idx) = try x.max(dim: 1)
    XCTAssertEqual(v.doubleValues(), [3, 5])
    XCTAssertEqual(idx.int64Values(), [0, 0])
    XCTAssertEqual(try x.argmax().int64Values(), [3])
    XCTAssertEqual(try x.sort(dim: 1, descending: true).indices.int64Values(), [0, 2, 1, 0, 1, 2])
    XCTAssertEqual(try x.topk(2, dim: 1).values.doubleValues(), [3, 2, 5, 4])
    XCTAssertEqual(try x.cumsum(1).doubleValues(), [3, 4, 6, 5, 9, 9])
    XCTAssertEqual(try c.tensor([1, 1, 1] as [Int64]).sum().dtype, .int64)
  }

  func testIndexing() throws {
    let c = TorchContext()
    let x = try c.arange(12).reshape([3, 4])
    XCTAssertEqual(try x.index([.int(-1)]).int64Values(), [8, 9, 10, 11])
    XCTAssertEqual(try x.index([.slice(start: nil, end: nil, step: 2), .int(1)]).int64Values(), [1, 9])
    XCTAssertEqual(try x.index([.ellipsis, .none]).shape, [3, 4, 1])
    XCTAssertEqual(try x.index([.tensor(c.tensor([2, 0] as [Int64]))]).int64Values(), [8, 9, 10, 11, 0, 1, 2, 3])
    XCTAssertEqual(try x.index([.tensor(c.tensor([0, 2] as [Int64])), .tensor(c.tensor([1, 3] as [Int64]))]).int64Values(), [1, 11])
    XCTAssertEqual(try x.index([.tensor(x.gt(9))]).int64Values(), [10, 11])
    let seq = try c.zeros([2, 5], dtype: .int64)
    try seq.indexPut_([.int(1), .slice(start: nil, end: 3, step: nil)], c.tensor([7, 8, 9] as [Int64]))
    XCTAssertEqual(seq.int64Values(), [0, 0, 0, 0, 0, 7, 8, 9, 0, 0])
    try seq.indexPut_([.tensor(seq.eq(0))], .int(-1))
    XCTAssertEqual(seq.int64Values(), [-1, -1, -1, -1, -1, 7, 8, 9, -1, -1])
    XCTAssertEqual(try Tensor.cat([x, x], dim: 1).shape, [3, 8])
    XCTAssertEqual(try Tensor.stack([x, x], dim: 1).shape, [3, 2, 4])
    XCTAssertEqual(try c.tensor([0, 2] as [Int64]).oneHot(numClasses: 3).int64Values(), [1, 0, 0, 0, 0, 1])
    let nested: NestedData = .list([.list([.scalar(.int(1)), .scalar(.int(2))]), .list([.scalar(.int(3)), .scalar(.int(4))])])
    XCTAssertEqual(try c.tensor(nested).toNested(), nested)
    XCTAssertEqual(message { try c.tensor(.list([.list([.scalar(.int(1))]), .list([])])) },
                   "ValueError: expected sequence of length 1 at dim 1 (got 0)")
  }

  func testCascadeSumOrder() throws {
    // Five float32 values: torch's row_sum gives (((x0 + x4) + x1) + x2) + x3.
    let c = TorchContext()
    let vals: [Float] = [1e8, 1, -1e8, 1, 0.5]
    let expected: Float = (((0 + vals[0] + vals[4]) + vals[1]) + vals[2]) + vals[3]
    XCTAssertEqual(try c.tensor(vals).sum().values(Float.self), [expected])
  }
}
