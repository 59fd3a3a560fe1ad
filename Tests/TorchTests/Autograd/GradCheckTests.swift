import XCTest
@testable import Torch

/// Finite-difference gradient checks in float64 for every differentiable op (`DifferentiableOps.nodeNames`).
final class GradCheckTests: XCTestCase {
  struct Case {
    let name: String
    let shapes: [[Int]]
    /// Maps raw N(0,1) inputs to a valid domain for the op (applied before requires_grad).
    var domain: (Int, Tensor) throws -> Tensor = { _, t in t }
    var eps = 1e-6
    let f: (TorchContext, [Tensor]) throws -> Tensor
  }

  static func positive(_: Int, _ t: Tensor) throws -> Tensor { try t.abs().add(0.5) }
  static func probability(_: Int, _ t: Tensor) throws -> Tensor { try t.sigmoid().mul(0.8).add(0.1) }
  /// Keeps values away from integers / zero so piecewise ops are smooth around the sample.
  static func offGrid(_: Int, _ t: Tensor) throws -> Tensor {
    try t.mul(3).floor().add(0.37)
  }

  static var cases: [Case] {
    func long(_ c: TorchContext, _ v: [Int64], _ s: [Int]? = nil) throws -> Tensor { try c.tensor(v, shape: s ?? [v.count]) }
    return [
      Case(name: "add", shapes: [[2, 3], [3]]) { _, x in try x[0].add(x[1], alpha: 2) },
      Case(name: "add scalar", shapes: [[2, 3]]) { _, x in try x[0].add(2.5) },
      Case(name: "sub", shapes: [[2, 3], [2, 1]]) { _, x in try x[0].sub(x[1]) },
      Case(name: "rsub", shapes: [[3]]) { _, x in try x[0].rsub(1) },
      Case(name: "mul", shapes: [[2, 3], [2, 3]]) { _, x in try x[0].mul(x[1]) },
      Case(name: "div", shapes: [[2, 3], [3]], domain: { i, t in i == 1 ? try positive(i, t) : t }) { _, x in try x[0].div(x[1]) },
      Case(name: "rdiv", shapes: [[3]], domain: positive) { _, x in try x[0].rdiv(2) },
      Case(name: "floor_divide", shapes: [[4], [4]], domain: { i, t in i == 1 ? try t.abs().add(2) : try offGrid(i, t) }) { _, x in
        try x[0].floorDivide(x[1]).add(x[0])
      },
      Case(name: "remainder", shapes: [[4], [4]], domain: { i, t in i == 1 ? try t.abs().add(5) : try offGrid(i, t) }) { _, x in
        try x[0].remainder(x[1])
      },
      Case(name: "pow scalar", shapes: [[3]], domain: positive) { _, x in try x[0].pow(2.5) },
      Case(name: "pow tensor", shapes: [[3], [3]], domain: positive) { _, x in try x[0].pow(x[1]) },
      Case(name: "rpow", shapes: [[3]]) { _, x in try x[0].rpow(2) },
      Case(name: "maximum", shapes: [[4], [4]]) { _, x in try x[0].maximum(x[1]) },
      Case(name: "minimum", shapes: [[4], [4]]) { _, x in try x[0].minimum(x[1]) },
      Case(name: "neg", shapes: [[3]]) { _, x in try x[0].neg() },
      Case(name: "exp", shapes: [[3]]) { _, x in try x[0].exp() },
      Case(name: "log", shapes: [[3]], domain: positive) { _, x in try x[0].log() },
      Case(name: "log1p", shapes: [[3]], domain: positive) { _, x in try x[0].log1p() },
      Case(name: "sqrt", shapes: [[3]], domain: positive) { _, x in try x[0].sqrt() },
      Case(name: "rsqrt", shapes: [[3]], domain: positive) { _, x in try x[0].rsqrt() },
      Case(name: "sin cos", shapes: [[3]]) { _, x in try x[0].sin().add(x[0].cos()) },
      Case(name: "tanh", shapes: [[3]]) { _, x in try x[0].tanh() },
      Case(name: "sigmoid", shapes: [[3]]) { _, x in try x[0].sigmoid() },
      Case(name: "relu", shapes: [[5]], domain: offGrid) { _, x in try x[0].relu() },
      Case(name: "abs sign", shapes: [[5]], domain: offGrid) { _, x in try x[0].abs().add(x[0].sign()) },
      Case(name: "reciprocal", shapes: [[3]], domain: positive) { _, x in try x[0].reciprocal() },
      Case(name: "rounding", shapes: [[4]], domain: offGrid) { _, x in
        try x[0].floor().add(x[0].ceil()).add(x[0].round()).add(x[0].trunc()).add(x[0])
      },
      Case(name: "clamp", shapes: [[6]], domain: offGrid) { _, x in try x[0].clamp(min: -1, max: 1) },
      Case(name: "where", shapes: [[4], [4]]) { c, x in
        try Tensor.where(c.tensor([true, false, true, false]), x[0], x[1])
      },
      Case(name: "masked_fill", shapes: [[4]]) { c, x in try x[0].maskedFill(c.tensor([true, false, false, true]), 3) },
      Case(name: "sum", shapes: [[2, 3]]) { _, x in try x[0].sum() },
      Case(name: "sum dims", shapes: [[2, 3, 4]]) { _, x in try x[0].sum(dims: [0, 2], keepDim: true) },
      Case(name: "mean", shapes: [[2, 3]]) { _, x in try x[0].mean() },
      Case(name: "mean dim", shapes: [[2, 3]]) { _, x in try x[0].mean(dim: 1) },
      Case(name: "var", shapes: [[2, 4]]) { _, x in try x[0].variance(dims: [1]) },
      Case(name: "std", shapes: [[2, 4]]) { _, x in try x[0].std(dims: [1]) },
      Case(name: "norm", shapes: [[5]]) { _, x in try x[0].norm() },
      Case(name: "prod", shapes: [[4]]) { _, x in try x[0].prod() },
      Case(name: "cumsum", shapes: [[2, 4]]) { _, x in try x[0].cumsum(1) },
      Case(name: "mm", shapes: [[2, 3], [3, 4]]) { _, x in try x[0].mm(x[1]) },
      Case(name: "addmm", shapes: [[4], [2, 3], [3, 4]]) { _, x in try Tensor.addmm(x[0], x[1], x[2]) },
      Case(name: "bmm", shapes: [[2, 2, 3], [2, 3, 2]]) { _, x in try x[0].bmm(x[1]) },
      Case(name: "dot", shapes: [[4], [4]]) { _, x in try x[0].dot(x[1]) },
      Case(name: "mv", shapes: [[2, 3], [3]]) { _, x in try x[0].mv(x[1]) },
      Case(name: "matmul 3d@2d", shapes: [[2, 2, 3], [3, 2]]) { _, x in try x[0].matmul(x[1]) },
      Case(name: "view/reshape copy", shapes: [[2, 3]]) { _, x in try x[0].t().reshape([6]).view([3, 2]) },
      Case(name: "transpose/permute", shapes: [[2, 3, 4]]) { _, x in try x[0].transpose(0, 2).permute([1, 0, 2]) },
      Case(name: "expand", shapes: [[3, 1]]) { _, x in try x[0].expand([2, 3, 4]) },
      Case(name: "squeeze/unsqueeze", shapes: [[1, 3, 1]]) { _, x in try x[0].squeeze().unsqueeze(0).squeeze(0) },
      Case(name: "select/slice/narrow", shapes: [[4, 5]]) { _, x in
        try x[0].select(0, 1).slice(0, start: 1, end: 5, step: 2).add(x[0].narrow(1, start: 0, length: 2).sum())
      },
      Case(name: "unbind/split/chunk", shapes: [[4, 3]]) { _, x in
        let u = try x[0].unbind(0)
        let s = try x[0].split(3, dim: 0)
        let c = try x[0].chunk(3, dim: 1)
        return try u[1].add(s[1].sum()).add(c[2].sum())
      },
      Case(name: "clone/contiguous", shapes: [[2, 3]]) { _, x in try x[0].clone().t().contiguous() },
      Case(name: "cat/stack", shapes: [[2, 3], [1, 3]]) { _, x in
        try Tensor.cat([x[0], x[1]], dim: 0).add(Tensor.stack([x[1], x[1]], dim: 0).sum())
      },
      Case(name: "repeat", shapes: [[2, 3]]) { _, x in try x[0].repeat([2, 1, 2]) },
      Case(name: "gather/scatter", shapes: [[3, 4], [2, 4]]) { c, x in
        let idx = try long(c, [0, 2, 1, 0, 2, 1, 0, 1], [2, 4])
        return try x[0].gather(0, idx).add(x[0].scatter(0, idx, x[1]).sum()).add(x[0].scatterAdd(0, idx, x[1]).sum())
      },
      Case(name: "index_select/masked_select", shapes: [[3, 4]]) { c, x in
        let m = try c.tensor([true, false, true, false], shape: [4])
        return try x[0].indexSelect(1, long(c, [3, 0, 3])).sum().add(x[0].maskedSelect(m))
      },
      Case(name: "indexing", shapes: [[3, 4]]) { c, x in
        try x[0].index([.tensor(long(c, [2, 0, 2])), .slice(start: 1, end: nil, step: nil)]).add(x[0].index([.ellipsis]).sum())
      },
      Case(name: "max/min full", shapes: [[5]]) { _, x in try x[0].max().add(x[0].min()) },
      Case(name: "max/min dim", shapes: [[3, 4]]) { _, x in try x[0].max(dim: 1).values.add(x[0].min(dim: 1).values) },
      Case(name: "sort/topk", shapes: [[3, 4]]) { _, x in try x[0].sort(dim: 1).values.sum().add(x[0].topk(2).values) },
      Case(name: "softmax", shapes: [[2, 5]]) { _, x in try x[0].softmax(dim: 1) },
      Case(name: "log_softmax", shapes: [[2, 5]]) { _, x in try x[0].logSoftmax(dim: 0) },
      Case(name: "nll/cross_entropy", shapes: [[3, 4]]) { c, x in
        let t = try long(c, [1, 3, 0])
        let w = try c.tensor([0.5, 1.0, 1.5, 2.0] as [Double])
        return try Functional.crossEntropy(x[0], t).add(Functional.crossEntropy(x[0], t, weight: w, labelSmoothing: 0.1))
      },
      Case(name: "mse/l1", shapes: [[5], [5]]) { _, x in try Functional.mseLoss(x[0], x[1]).add(Functional.l1Loss(x[0], x[1])) },
      Case(name: "bce", shapes: [[4], [4]], domain: probability) { _, x in try Functional.binaryCrossEntropy(x[0], x[1]) },
      Case(name: "bce_with_logits", shapes: [[4], [4]], domain: { i, t in i == 1 ? try probability(i, t) : t }) { _, x in
        try Functional.binaryCrossEntropyWithLogits(x[0], x[1])
      },
      Case(name: "embedding", shapes: [[4, 3]]) { c, x in
        try Functional.embedding(long(c, [1, 3, 1, 0], [2, 2]), weight: x[0], paddingIdx: 2)
      },
      Case(name: "layer_norm", shapes: [[2, 4], [4], [4]]) { _, x in
        try Functional.layerNorm(x[0], normalizedShape: [4], weight: x[1], bias: x[2])
      },
      Case(name: "to dtype", shapes: [[3]], eps: 1e-2) { _, x in try x[0].toType(.float32).toType(.float64).mul(3) },
      Case(name: "copy_/fill_", shapes: [[3]]) { c, x in
        let z = try c.zeros([3], dtype: .float64)
        try z.copy_(x[0].mul(2))
        let y = try x[0].mul(1)
        try y.fill_(2)
        return try z.add(y).add(x[0])
      },
      Case(name: "pack_padded_sequence", shapes: [[3, 2, 2]]) { _, x in
        try Functional.packPaddedSequence(x[0], lengths: [1, 3], enforceSorted: false).data
      },
      Case(name: "in-place on a view (CopySlices)", shapes: [[2, 3], [3]]) { _, x in
        let h = try x[0].mul(2)
        let row = try h.select(0, 1)
        try row.mul_(x[1])
        return try h.add(row.sum())
      },
      Case(name: "rnn cells", shapes: [[2, 3], [2, 2], [8, 3], [8, 2], [8], [8]]) { _, x in
        let (h, c) = try Functional.lstmCell(x[0], x[1], x[1], weightIH: x[2], weightHH: x[3], biasIH: x[4], biasHH: x[5])
        let g = try Functional.gruCell(x[0], x[1], weightIH: x[2].narrow(0, start: 0, length: 6),
                                       weightHH: x[3].narrow(0, start: 0, length: 6), biasIH: nil, biasHH: nil)
        let r = try Functional.rnnTanhCell(x[0], x[1], weightIH: x[2].narrow(0, start: 0, length: 2),
                                           weightHH: x[3].narrow(0, start: 0, length: 2), biasIH: nil, biasHH: nil)
        return try h.add(c).add(g).add(r)
      },
      Case(name: "rnn sequence", shapes: [[2, 3, 3], [2, 2, 2], [2, 3], [2, 2], [2, 3], [2, 2]]) { _, x in
        let w0 = RNNLayerWeights(weightIH: x[2], weightHH: x[3], biasIH: nil, biasHH: nil)
        let w1 = RNNLayerWeights(weightIH: x[4], weightHH: x[5], biasIH: nil, biasHH: nil)
        let r = try Functional.rnn(kind: .rnnTanh, input: x[0], hx: x[1], weights: [w0, w1], numLayers: 1,
                                   bidirectional: true, batchFirst: true)
        return try r.output.sum().add(r.hN.sum())
      },
    ]
  }

  func check(_ c: Case, seed: UInt64) throws -> Set<String> {
    let ctx = TorchContext(generator: Generator(seed: seed))
    let inputs = try c.shapes.enumerated().map { i, s in
      try c.domain(i, ctx.randn(s, dtype: .float64)).detach().requiresGrad(true)
    }
    let out = try c.f(ctx, inputs)
    let w = try ctx.randn(out.shape, dtype: .float64)
    try out.mul(w).sum().backward()
    var names: Set<String> = []
    var stack: [Node] = out.gradFn.map { [$0] } ?? []
    while let n = stack.popLast() {
      names.insert(n.name)
      stack.append(contentsOf: n.nextFunctions.compactMap { $0 })
      if names.count > 500 { break }
    }
    let eps = c.eps
    for (k, x) in inputs.enumerated() {
      let analytic = x.grad?.doubleValues() ?? [Double](repeating: 0, count: x.numel)
      var numeric: [Double] = []
      for i in 0..<x.numel {
        func loss(_ delta: Double) throws -> Double {
          let xs = try inputs.map { try $0.detach().clone() }
          let flat = try xs[k].view([-1])
          let v = try flat.selectData(0, i)
          v.writeData(from: try ctx.tensor([flat.doubleValues()[i] + delta], shape: []))
          return try ctx.withGradMode(false) { try c.f(ctx, xs).mul(w).sum().doubleValues()[0] }
        }
        numeric.append((try loss(eps) - loss(-eps)) / (2 * eps))
      }
      for (a, n) in zip(analytic, numeric) {
        XCTAssertEqual(a, n, accuracy: 1e-4 + 1e-3 * Swift.abs(n), "\(c.name): input \(k) analytic \(analytic) numeric \(numeric)")
      }
    }
    return names
  }

  func testAllOpsAgainstFiniteDifferences() throws {
    var covered: Set<String> = []
    for (i, c) in Self.cases.enumerated() { covered.formUnion(try check(c, seed: UInt64(100 + i))) }
    for name in DifferentiableOps.nodeNames {
      XCTAssertTrue(covered.contains(name), "no finite-difference check covers \(name)")
    }
    for name in covered where name != "AccumulateGrad" {
      XCTAssertTrue(DifferentiableOps.nodeNames.contains(name), "\(name) is missing from DifferentiableOps.nodeNames")
    }
  }
}
