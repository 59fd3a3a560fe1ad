/// `torch.nn.utils.rnn.PackedSequence`: time-major packed rows plus the batch size of each step.
public struct PackedSequence {
  /// [Σ batchSizes, *] rows: step 0's batch, then step 1's, ...
  public var data: Tensor
  /// Batch size at each time step (non-increasing).
  public var batchSizes: [Int]
  /// Permutation applied to the batch when `enforce_sorted=False` (nil when already sorted).
  public var sortedIndices: Tensor?
  /// The inverse of `sortedIndices`.
  public var unsortedIndices: Tensor?

  /// Groups the packed fields.
  public init(data: Tensor, batchSizes: [Int], sortedIndices: Tensor? = nil, unsortedIndices: Tensor? = nil) {
    self.data = data
    self.batchSizes = batchSizes
    self.sortedIndices = sortedIndices
    self.unsortedIndices = unsortedIndices
  }
}

extension Functional {
  /// `pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)` (PackPaddedSequenceBackward0).
  public static func packPaddedSequence(_ input: Tensor, lengths: [Int], batchFirst: Bool = false,
                                        enforceSorted: Bool = true) throws -> PackedSequence {
    guard input.dim >= 2 else { throw TorchError.runtime("input must have at least 2 dimensions") }
    var x = batchFirst ? try input.transpose(0, 1) : input
    let batch = x.shape[1]
    guard lengths.count == batch else {
      throw TorchError.runtime("Expected `len(lengths)` to be equal to batch_size, but got \(lengths.count) (batch_size=\(batch))")
    }
    var lens = lengths
    var sorted: Tensor? = nil, unsorted: Tensor? = nil
    if enforceSorted {
      for i in 1..<Swift.max(lens.count, 1) where lens[i] > lens[i - 1] {
        throw TorchError.runtime(
          "`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.")
      }
    } else {
      let order = lens.indices.sorted { lens[$0] > lens[$1] || (lens[$0] == lens[$1] && $0 < $1) }
      var inverse = [Int64](repeating: 0, count: order.count)
      for (k, o) in order.enumerated() { inverse[o] = Int64(k) }
      let s = try input.context.tensor(order.map { Int64($0) })
      x = try x.indexSelect(1, s)
      lens = order.map { lens[$0] }
      sorted = s
      unsorted = try input.context.tensor(inverse)
    }
    guard let last = lens.last, last > 0 else {
      throw TorchError.runtime("Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0")
    }
    guard let maxLen = lens.first, maxLen <= x.shape[0] else {
      throw TorchError.runtime("Expected sequence length to be at most \(x.shape[0]), but got \(lens.first ?? 0)")
    }
    var rows: [Tensor] = []
    var sizes: [Int] = []
    for t in 0..<maxLen {
      let b = lens.filter { $0 > t }.count
      sizes.append(b)
      rows.append(try x.select(0, t).narrow(0, start: 0, length: b))
    }
    let data = try Tensor.cat(rows, dim: 0).renamingGradFn("PackPaddedSequenceBackward0")
    return PackedSequence(data: data, batchSizes: sizes, sortedIndices: sorted, unsortedIndices: unsorted)
  }

  /// `pad_packed_sequence(seq, batch_first=False, padding_value=0)` → (padded, lengths), undoing any sorting.
  public static func padPackedSequence(_ seq: PackedSequence, batchFirst: Bool = false,
                                       paddingValue: Double = 0) throws -> (Tensor, [Int]) {
    guard let batch = seq.batchSizes.first else { throw TorchError.runtime("empty packed sequence") }
    let steps = seq.batchSizes.count
    let feature = Array(seq.data.shape.dropFirst())
    var padded: [Tensor] = []
    var offset = 0
    for b in seq.batchSizes {
      let rows = try seq.data.narrow(0, start: offset, length: b)
      offset += b
      if b < batch {
        let pad = try seq.data.context.full([batch - b] + feature, .float(paddingValue), dtype: seq.data.dtype)
        padded.append(try Tensor.cat([rows, pad], dim: 0))
      } else {
        padded.append(rows)
      }
    }
    var out = try Tensor.stack(padded, dim: 0)
    // torch fills a zero tensor slice by slice, so the (unpermuted, time-major) result's node is CopySlices.
    if out.gradFn?.name == "StackBackward0" { out.gradFn?.name = "CopySlices" }
    var lengths = (0..<batch).map { i in seq.batchSizes.filter { $0 > i }.count }
    _ = steps
    if let u = seq.unsortedIndices {
      out = try out.indexSelect(1, u)
      let idx = u.int64Values()
      lengths = idx.map { lengths[Int($0)] }
    }
    if batchFirst { out = try out.transpose(0, 1) }
    return (out, lengths)
  }
}
