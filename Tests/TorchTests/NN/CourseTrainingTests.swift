import Foundation
import XCTest
@testable import Torch

/// The course's training programs (lec12_c..g) driven through the Swift API: RNNCell/RNN/LSTM/GRU + Embedding +
/// Linear + CrossEntropyLoss + Adam, compared with real torch's printed losses and predictions.
final class CourseTrainingTests: XCTestCase {
  let idx2char = ["e", "h", "l", "o"]

  /// lec12_c_hello_rnncell.py: RNNCell(4, 4), per-step summed CrossEntropyLoss, Adam(lr=0.1).
  func testLec12cHelloRNNCell() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let xData: [Int] = [1, 0, 2, 2, 3], yData: [Int64] = [3, 1, 2, 3, 2]
    let lookup: [[Double]] = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
    let inputs = try ctx.tensor(.list(xData.map { .list(lookup[$0].map { .scalar(.float($0)) }) })).view([-1, 1, 4])
    let labels = try ctx.tensor(yData).view([-1, 1])
    let p = try Init.rnnCell(ctx, kind: .rnnTanh, inputSize: 4, hiddenSize: 4)
    let opt = try Adam(params: p.map(\.tensor), lr: 0.1)
    var out = ""
    for epoch in 0..<15 {
      var loss: Tensor? = nil
      try opt.zeroGrad()
      var hidden = try ctx.zeros([1, 4])
      out += "Predicted string: "
      for (input, label) in zip(try inputs.unbind(0), try labels.unbind(0)) {
        hidden = try Functional.rnnTanhCell(input, hidden, weightIH: p[0].tensor, weightHH: p[1].tensor,
                                            biasIH: p[2].tensor, biasHH: p[3].tensor)
        let l = try Functional.crossEntropy(hidden, label)
        if let acc = loss { try acc.add_(l) } else { loss = try l.add(0) }
        let idx = try hidden.max(dim: 1).indices
        guard case .int(let k) = try idx.item() else { return XCTFail("index") }
        out += idx2char[Int(k)]
      }
      guard let total = loss else { return XCTFail("no loss") }
      try total.backward()
      try opt.step()
      out += ", Epoch [\(epoch + 1)/15] loss=\(PyFormat.fixed(try total.item().doubleValue, precision: 4))\n"
    }
    XCTAssertEqual(out, try Fixtures.text("course/lec12_c_hello_rnncell.out"))
  }

  /// lec12_d..g: [Embedding →] RNN/LSTM/GRU (2 layers for e..g) → [Linear], CrossEntropyLoss over 5 steps, Adam(0.05).
  func testLec12dToG() throws {
    for (file, kind, embed) in [("lec12_d_hello_rnn", Init.RecurrentKind.rnnTanh, false),
                                ("lec12_e_embedding", .rnnTanh, true), ("lec12_f_lstm", .lstm, true),
                                ("lec12_g_gru", .gru, true)] {
      let expected = try Fixtures.text("course/\(file).out")
      XCTAssertEqual(try runSequenceProgram(kind: kind, embedding: embed), expected, file)
    }
  }

  private func runSequenceProgram(kind: Init.RecurrentKind, embedding: Bool) throws -> String {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let xData: [Int64] = [1, 0, 2, 2, 3], yData: [Int64] = [3, 1, 2, 3, 2]
    let labels = try ctx.tensor(yData)
    var params: [Tensor] = []
    var emb: Tensor? = nil
    var fc: (weight: Tensor, bias: Tensor?)? = nil
    let inputs: Tensor
    let rnnParams: [(name: String, tensor: Tensor)]
    let layers: Int
    if embedding {
      layers = 2
      emb = try Init.embedding(ctx, numEmbeddings: 4, embeddingDim: 10)
      rnnParams = try Init.rnn(ctx, kind: kind, inputSize: 10, hiddenSize: 8, numLayers: 2)
      fc = try Init.linear(ctx, inFeatures: 8, outFeatures: 4)
      inputs = try ctx.tensor(xData, shape: [1, 5])
      params = [emb].compactMap { $0 } + rnnParams.map(\.tensor) + [fc?.weight, fc?.bias].compactMap { $0 }
    } else {
      layers = 1
      let lookup: [[Double]] = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
      inputs = try ctx.tensor(.list(xData.map { .list(lookup[Int($0)].map { .scalar(.float($0)) }) })).view([5, 1, 4])
      rnnParams = try Init.rnn(ctx, kind: kind, inputSize: 4, hiddenSize: 4, numLayers: 1)
      params = rnnParams.map(\.tensor)
    }
    let weights = stride(from: 0, to: rnnParams.count, by: 4).map {
      RNNLayerWeights(weightIH: rnnParams[$0].tensor, weightHH: rnnParams[$0 + 1].tensor,
                      biasIH: rnnParams[$0 + 2].tensor, biasHH: rnnParams[$0 + 3].tensor)
    }
    let opt = try Adam(params: params, lr: 0.05)
    var out = ""
    for epoch in 0..<15 {
      try opt.zeroGrad()
      let outputs: Tensor
      if let emb, let fc {
        let h0 = try ctx.zeros([layers, 1, 8])
        let x = try Functional.embedding(inputs, weight: emb)
        let r = try Functional.rnn(kind: kind, input: x, hx: h0, cx: kind == .lstm ? try ctx.zeros([layers, 1, 8]) : nil,
                                   weights: weights, numLayers: layers, batchFirst: true)
        outputs = try Functional.linear(r.output, weight: fc.weight, bias: fc.bias).view([-1, 4])
      } else {
        let h0 = try ctx.zeros([1, 1, 4])
        let r = try Functional.rnn(kind: kind, input: inputs, hx: h0, weights: weights, numLayers: 1)
        outputs = try r.output.view([-1, 4])
      }
      let loss = try Functional.crossEntropy(outputs, labels)
      try loss.backward()
      try opt.step()
      let idx = try outputs.max(dim: 1).indices.int64Values()
      out += "Predicted:  " + idx.map { idx2char[Int($0)] }.joined()
      out += ", Epoch [\(epoch + 1)/15] loss = \(PyFormat.fixed(try loss.item().doubleValue, precision: 3))\n"
    }
    return out
  }
}
