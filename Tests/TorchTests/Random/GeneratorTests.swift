import Foundation
import XCTest
@testable import Torch

/// Bit-exact RNG vectors from torch-rng.md §1, §3, §4, §7 (and the numpy reference implementation there).
final class GeneratorTests: XCTestCase {
  func testMT19937Words() {
    let g = Generator(seed: 0)
    XCTAssertEqual((0..<5).map { _ in g.random() }, [0x8c7f_0aac, 0x97c4_aa2f, 0xb716_a675, 0xd821_ccc0, 0x9a4e_b343])
    g.manualSeed(UInt64(42))
    XCTAssertEqual((0..<5).map { _ in g.random() }, [0x5fe1_dc66, 0xcbea_3db3, 0xf362_035c, 0x2ef5_950e, 0xbb63_f46a])
    g.manualSeed(Int64(-1))
    XCTAssertEqual(g.initialSeed, UInt64.max)
  }

  func testRandFloatBits() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let r = try ctx.rand([3]).values(Float.self).map(\.bitPattern)
    XCTAssertEqual(r, [0x3efe_1558, 0x3f44_aa2f, 0x3db5_33a8])
  }

  func testRandnScalarPathAndCache() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let r = try ctx.randn([3]).values(Float.self)
    XCTAssertEqual(r, [Float(1.5409960746765137), Float(-0.293428897857666), Float(-2.1787893772125244)])
    XCTAssertNotNil(ctx.generator.nextDoubleNormal)
  }

  func testRandnVectorPath() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let r16 = try ctx.randn([16]).values(Float.self)
    XCTAssertEqual(r16[0], Float(-1.1258398294448853))
    ctx.manualSeed(0)
    let r17 = try ctx.randn([17]).values(Float.self).map(\.bitPattern)
    XCTAssertEqual(r17, [3213892485, 3218674758, 1058082820, 1061888861, 1058622859, 3217493339, 3199125194, 1072508750,
                         1055894101, 3205882667, 3190918891, 1044111780, 1068619456, 1070271744, 1064452252, 3210214195, 1064209456])
    ctx.manualSeed(0)
    let r33 = try ctx.randn([33]).values(Float.self).map(\.bitPattern)
    XCTAssertEqual(r33, [3213892485, 3214114954, 3196079062, 3202229597, 1062814997, 1060185987, 3198274669, 3221708737,
                         1051001144, 3215045876, 1051930879, 1050526651, 1039495031, 1067346835, 1066332814, 3195876988,
                         3215795138, 1023502180, 3204202536, 1048469616, 1054941136, 1038497750, 1059326712, 1054990140,
                         3193768770, 1061871004, 3197390675, 1029116439, 1057348143, 1075009365, 3216770231, 3217758366, 1067057980])
  }

  func testNormalWithMeanStd() throws {
    let ctx = TorchContext()
    ctx.manualSeed(1)
    let t = try ctx.empty([40])
    try t.normal_(mean: 0.3, std: 2.5)
    XCTAssertEqual(try t.values(Float.self).map(\.bitPattern), [
      3227575605, 3217665175, 3215646647, 3228455244, 1028331153, 3214707291, 3221852230, 3228451170, 3216866428, 1065850702,
      3218233136, 3198698305, 3196250110, 1083216303, 1063190011, 1069288218, 3216548245, 3223750039, 1073946741, 1061959254,
      1075688950, 1063860208, 3215833932, 1075076748, 3230464174, 3218217004, 1084983618, 1034637088, 1057724764, 3224318842,
      1074278346, 1078898771, 1086990467, 1065293080, 1063958732, 1079030072, 3217203422, 1078809324, 1049492491, 3219599411])
  }

  func testUniformFMA() throws {
    let ctx = TorchContext()
    ctx.manualSeed(3)
    let t = try ctx.empty([20])
    try t.uniform_(from: -0.37, to: 1.91)
    XCTAssertEqual(try t.values(Float.self).map(\.bitPattern), [
      3199760003, 3187959733, 1049640375, 3198024025, 1060408647, 3194914426, 1068623549, 1068084837, 1065106261, 1070841993,
      1059621304, 1069151902, 3169343758, 1057725436, 3195823198, 1059941623, 1022943062, 1072014919, 1070066662, 1070593346])
  }

  func testFloat64Normal() throws {
    let ctx = TorchContext()
    ctx.manualSeed(5)
    XCTAssertEqual(try ctx.randn([5], dtype: .float64).values(Double.self).map(\.bitPattern),
                   [13825812719202760190, 13826985997756437546, 13826574140354401003, 4604187743936579372, 13819652685467919066])
    ctx.manualSeed(5)
    XCTAssertEqual(try ctx.randn([20], dtype: .float64).values(Double.self).map(\.bitPattern), [
      4605593291183848737, 13828231747605579911, 13826901383424233374, 13824222880811589595, 13832368009805398312,
      4604514386792890521, 4587504422589393621, 4605716212797252756, 13823568557014557364, 13827965283373691547,
      4603644495890438953, 4602635636836121839, 13824269028437701998, 13828031308338683393, 13821882897109928383,
      13824168740684055556, 4611313276561959695, 4598214190334687189, 13817146515407342099, 4595437629549355987])
  }

  func testIntegersAndPermutations() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    XCTAssertEqual(try ctx.randint(low: 0, high: 10, [5]).int64Values(), [4, 9, 3, 0, 3])
    ctx.manualSeed(0)
    XCTAssertEqual(try ctx.randperm(10).int64Values(), [4, 1, 7, 5, 3, 9, 0, 8, 6, 2])
    ctx.manualSeed(0)
    XCTAssertEqual(try ctx.randint(low: -5, high: 17, [8]).int64Values(), [5, 2, -4, 9, 14, -2, 10, 6])
    ctx.manualSeed(0)
    XCTAssertEqual(try ctx.randint(low: 0, high: 1 << 40, [3]).int64Values(), [741280623151, 506137267392, 291447657211])
    XCTAssertThrowsError(try ctx.randint(low: 5, high: 5, [1]))
  }

  func testBernoulli() throws {
    let ctx = TorchContext()
    ctx.manualSeed(7)
    let t = try ctx.empty([10])
    try t.bernoulli_(0.3)
    XCTAssertEqual(t.doubleValues(), [1, 1, 0, 0, 0, 0, 1, 0, 0, 0])
  }

  func testStateBytes() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    _ = try ctx.randn([3])
    let s = ctx.generator.getState()
    XCTAssertEqual(s.count, 5056)
    XCTAssertEqual(s.reduce(0) { $0 + Int($1) }, 312882)
    let hex = s.prefix(32).map { String(format: "%02x", $0) }.joined()
    XCTAssertEqual(hex, "000000000000000069020000010000000800000000000000120da19100000000")
    // Round trip: restoring the state reproduces the same next draws, including the normal cache.
    let a = try ctx.randn([5]).doubleValues()
    try ctx.generator.setState(s)
    XCTAssertEqual(try ctx.randn([5]).doubleValues(), a)
    XCTAssertThrowsError(try ctx.generator.setState([1, 2, 3]))
  }

  func testInitialisers() throws {
    let ctx = TorchContext()
    ctx.manualSeed(0)
    let (w, b) = try Init.linear(ctx, inFeatures: 3, outFeatures: 2)
    XCTAssertEqual(w.description, "Parameter containing:\ntensor([[-0.0043,  0.3097, -0.4752],\n        [-0.4249, -0.2224,  0.1548]], requires_grad=True)")
    XCTAssertEqual(b?.description, "Parameter containing:\ntensor([-0.0114,  0.4578], requires_grad=True)")
  }
}
