import XCTest
@testable import Torch

/// Autograd engine behaviour and torch's error wording.
final class AutogradTests: XCTestCase {
  func assertTorchError(_ expr: @autoclosure () throws -> Any, _ kind: TorchError.Kind, _ message: String,
                        file: StaticString = #filePath, line: UInt = #line) {
    do {
      _ = try expr()
      XCTFail("expected \(kind): \(message)", file: file, line: line)
    } catch let e as TorchError {
      XCTAssertEqual(e.kind, kind, file: file, line: line)
      XCTAssertEqual(e.message, message, file: file, line: line)
    } catch {
      XCTFail("unexpected error \(error)", file: file, line: line)
    }
  }

  func testGradientsAccumulate() throws {
    let c = TorchContext()
    let x = try c.tensor([1.0, 2.0, 3.0] as [Float], requiresGrad: true)
    try x.mul(x).sum().backward()
    XCTAssertEqual(x.grad?.doubleValues(), [2, 4, 6])
    try x.mul(3).sum().backward()
    XCTAssertEqual(x.grad?.doubleValues(), [5, 7, 9])
    XCTAssertTrue(x.isLeaf)
    XCTAssertEqual(try x.mul(x).gradFn?.name, "MulBackward0")
  }

  func testErrors() throws {
    let c = TorchContext()
    let a = try c.tensor([1.0, 2.0] as [Float])
    assertTorchError(try a.sum().backward(), .runtimeError, "element 0 of tensors does not require grad and does not have a grad_fn")
    let x = try c.tensor([0.5, -1.0] as [Float], requiresGrad: true)
    assertTorchError(try x.tanh().backward(), .runtimeError, "grad can be implicitly created only for scalar outputs")
    let y = try x.tanh().sum()
    try y.backward()
    assertTorchError(try y.backward(), .runtimeError, AutogradEngine.freedMessage)
    let z = try x.tanh().sum()
    try z.backward(retainGraph: true)
    try z.backward()
    assertTorchError(try x.add_(1), .runtimeError, "a leaf Variable that requires grad is being used in an in-place operation.")
    try c.withGradMode(false) { _ = try x.add_(1) }
    XCTAssertEqual(x.doubleValues(), [1.5, 0])
    let v = try x.view([2])
    assertTorchError(try v.mul_(2), .runtimeError, "a view of a leaf Variable that requires grad is being used in an in-place operation.")
  }

  func testSavedTensorModifiedInPlace() throws {
    let c = TorchContext()
    let x = try c.tensor([0.5, -1.0] as [Float], requiresGrad: true)
    let y = try x.tanh()
    try y.add_(1)
    assertTorchError(try y.sum().backward(), .runtimeError,
                     "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Tanh, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    // An input that tanh does not save may change freely.
    let h = try x.mul(1)
    let t = try h.tanh()
    try h.add_(1)
    try t.sum().backward()
  }

  func testNoGradAndInPlaceRebase() throws {
    let c = TorchContext()
    let x = try c.tensor([1.0, 2.0] as [Float], requiresGrad: true)
    let y = try c.withGradMode(false) { try x.mul(2) }
    XCTAssertFalse(y.requiresGrad)
    var loss = try x.mul(x)
    try loss.add_(x)  // Python's `loss += x` on a non-leaf rebases its history
    XCTAssertEqual(loss.gradFn?.name, "AddBackward0")
    loss = try loss.sum()
    try loss.backward()
    XCTAssertEqual(x.grad?.doubleValues(), [3, 5])
    // mul_ must use the original values of h for the gradient through the other operand: d(w*w)/dw = 2w.
    let w = try c.tensor([3.0, 4.0] as [Float], requiresGrad: true)
    let h = try w.mul(1)
    try h.mul_(w)
    try h.sum().backward()
    XCTAssertEqual(w.grad?.doubleValues(), [6, 8])
  }

  func testRetainGradAndReprSuffixes() throws {
    let c = TorchContext()
    let x = try c.tensor([1.0, 2.0] as [Float], requiresGrad: true)
    let h = try x.mul(2)
    try h.retainGrad()
    try h.sum().backward()
    XCTAssertEqual(h.grad?.doubleValues(), [1, 1])
    XCTAssertEqual(h.repr(), "tensor([2., 4.], grad_fn=<MulBackward0>)")
    XCTAssertEqual(try x.t().gradFn?.name, "TBackward0")
    XCTAssertEqual(try x.view([2, 1]).transpose(0, 1).gradFn?.name, "TransposeBackward0")
    XCTAssertEqual(try x.index([.int(0)]).gradFn?.name, "SelectBackward0")
    XCTAssertEqual(try x.index([.slice(start: 1, end: nil, step: nil)]).gradFn?.name, "SliceBackward0")
  }
}
