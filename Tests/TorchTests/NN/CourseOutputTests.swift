import Foundation
import XCTest
@testable import Torch

/// Reproduces the course programs' printed output through the Swift API and compares with real torch's stdout.
final class CourseOutputTests: XCTestCase {
  /// lec12_a_rnncell_manual.py: RNNCell(4, 2), randn(3, 1, 4), loop over the sequence.
  func testLec12aRNNCellManual() throws {
    let expected = try Fixtures.text("course/lec12_a_rnncell_manual.out")
    let actual = try runRNNCellProgram(batch: 1, sizeLabel: ("Input size: ", "outputs size: "), printSetup: false)
    XCTAssertEqual(actual, expected)
  }

  /// blog_rnncell_batch5.py: the same with batch 5, printing the cell, data and zero hidden state first.
  func testBlogRNNCellBatch5() throws {
    let expected = try Fixtures.text("course/blog_rnncell_batch5.out")
    let actual = try runRNNCellProgram(batch: 5, sizeLabel: ("input size:", "output size:"), printSetup: true)
    XCTAssertEqual(actual, expected)
  }

  private func runRNNCellProgram(batch: Int, sizeLabel: (String, String), printSetup: Bool) throws -> String {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let p = try Init.rnnCell(ctx, kind: .rnnTanh, inputSize: 4, hiddenSize: 2)
    var out = ""
    if printSetup { out += "RNNCell(4, 2)\n" }
    let dataset = try ctx.randn([3, batch, 4])
    if printSetup { out += dataset.repr() + "\n" }
    var hidden = try ctx.zeros([batch, 2])
    if printSetup { out += hidden.repr() + "\n" }
    for (idx, input) in try dataset.unbind(0).enumerated() {
      out += "==================== \(idx) ====================\n"
      out += "\(sizeLabel.0) \(input.size)\n"
      hidden = try Functional.rnnTanhCell(input, hidden, weightIH: p[0].tensor, weightHH: p[1].tensor,
                                          biasIH: p[2].tensor, biasHH: p[3].tensor)
      out += "\(sizeLabel.1) \(hidden.size)\n"
      out += hidden.repr() + "\n"
    }
    return out
  }
}

extension CourseOutputTests {
  /// lec12_b_rnn_module.py and lec12_b2 (batch_first): nn.RNN(4, 2) over the same data.
  func testLec12bRNNModule() throws {
    XCTAssertEqual(try runRNNModule(batchFirst: false), try Fixtures.text("course/lec12_b_rnn_module.out"))
    XCTAssertEqual(try runRNNModule(batchFirst: true), try Fixtures.text("course/lec12_b2_rnn_batch_first.out"))
  }

  private func runRNNModule(batchFirst: Bool) throws -> String {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let p = try Init.rnn(ctx, kind: .rnnTanh, inputSize: 4, hiddenSize: 2, numLayers: 1)
    let w = RNNLayerWeights(weightIH: p[0].tensor, weightHH: p[1].tensor, biasIH: p[2].tensor, biasHH: p[3].tensor)
    let inputs = try ctx.randn(batchFirst ? [1, 3, 4] : [3, 1, 4])
    let hidden = try ctx.zeros([1, 1, 2])
    let (out, h, _) = try Functional.rnn(kind: .rnnTanh, input: inputs, hx: hidden, weights: [w], numLayers: 1,
                                         batchFirst: batchFirst)
    return "Output size: \(out.size)\nOutput: \(out)\nHidden size:  \(h.size)\nHidden:  \(h)\n"
  }
}
