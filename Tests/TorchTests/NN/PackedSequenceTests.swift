import XCTest
@testable import Torch

/// Packed sequences: the packed GRU/LSTM must agree with running each sequence on its own.
final class PackedSequenceTests: XCTestCase {
  func testPackedBidirectionalMatchesPerSequence() throws {
    for kind in [Init.RecurrentKind.gru, .lstm] {
      let ctx = TorchContext()
      ctx.manualSeed(3)
      let p = try Init.rnn(ctx, kind: kind, inputSize: 3, hiddenSize: 4, numLayers: 2, bidirectional: true)
      let weights = stride(from: 0, to: p.count, by: 4).map {
        RNNLayerWeights(weightIH: p[$0].tensor, weightHH: p[$0 + 1].tensor, biasIH: p[$0 + 2].tensor, biasHH: p[$0 + 3].tensor)
      }
      let lengths = [2, 4, 1]
      let padded = try ctx.randn([4, 3, 3])  // [T, B, I]
      let packed = try Functional.packPaddedSequence(padded, lengths: lengths, enforceSorted: false)
      XCTAssertEqual(packed.batchSizes, [3, 2, 1, 1])
      let h0 = try ctx.zeros([4, 3, 4])
      let r = try Functional.rnnPacked(kind: kind, data: packed.data, batchSizes: packed.batchSizes, hx: h0,
                                       cx: kind == .lstm ? h0 : nil, weights: weights, numLayers: 2, bidirectional: true)
      let hN = try r.hN.indexSelect(1, XCTUnwrap(packed.unsortedIndices))
      let (out, outLengths) = try Functional.padPackedSequence(
        PackedSequence(data: r.data, batchSizes: packed.batchSizes, sortedIndices: packed.sortedIndices,
                       unsortedIndices: packed.unsortedIndices))
      XCTAssertEqual(outLengths, lengths)
      for (b, len) in lengths.enumerated() {
        let seq = try padded.narrow(0, start: 0, length: len).narrow(1, start: b, length: 1)
        let z = try ctx.zeros([4, 1, 4])
        let single = try Functional.rnn(kind: kind, input: seq, hx: z, cx: kind == .lstm ? z : nil, weights: weights,
                                        numLayers: 2, bidirectional: true)
        XCTAssertTrue(try single.hN.allclose(hN.narrow(1, start: b, length: 1), rtol: 1e-5, atol: 1e-6), "\(kind) h_n \(b)")
        let mine = try out.narrow(0, start: 0, length: len).narrow(1, start: b, length: 1)
        XCTAssertTrue(try single.output.allclose(mine, rtol: 1e-5, atol: 1e-6), "\(kind) output \(b)")
      }
      try r.data.sum().add(r.hN.sum()).backward()
      XCTAssertNotNil(p[0].tensor.grad)
    }
  }
}
