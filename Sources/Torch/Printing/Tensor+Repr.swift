/// `repr(tensor)` exactly as torch/_tensor_str.py builds it (see torch-rng.md §6), using the context's print options.
extension Tensor: CustomStringConvertible {
  /// The repr, e.g. `tensor([1., 2.], requires_grad=True)`; `Parameter containing:` first for parameters.
  public var description: String { repr() }

  /// `repr(tensor)`; `print(tensor)` prints the same text.
  public func repr() -> String {
    let opts = context.printOptions
    let prefix = "tensor("
    let indent = prefix.count
    var suffixes: [String] = []
    var body: String
    if numel == 0 {
      if dim != 1 { suffixes.append("size=" + Tensor.pythonTuple(shape)) }
      if dtype != context.defaultDType { suffixes.append("dtype=" + dtype.description) }
      body = "[]"
    } else {
      if !(dtype == context.defaultDType || dtype == .int64 || dtype == .bool) {
        suffixes.append("dtype=" + dtype.description)
      }
      let summarize = numel > opts.threshold
      let isInt = dtype.isInteger
      let doubles = isInt ? [] : doubleValues()
      let ints = isInt ? int64Values() : nil
      let edge = Swift.max(opts.edgeItems, 0)
      // The formatter sees only the elements that will be shown.
      var shownD: [Double] = []
      var shownI: [Int64] = []
      if summarize {
        var idx: [Int] = []
        collectSummarized(0, 0, edge, &idx)
        if let ints { shownI = idx.map { ints[$0] } } else { shownD = idx.map { doubles[$0] } }
      } else {
        shownD = doubles
        shownI = ints ?? []
      }
      let fmt = TensorFormatter(doubles: shownD, ints: isInt ? shownI : nil, isBool: dtype == .bool, options: opts)
      func element(_ i: Int) -> String {
        if let ints { return fmt.format(int: ints[i]) }
        if dtype == .bool { return fmt.format(bool: doubles[i] != 0) }
        return fmt.format(doubles[i])
      }
      body = formatLevel(0, 0, indent, summarize, fmt.maxWidth, opts, element)
    }
    if let f = gradFn {
      suffixes.append("grad_fn=<\(f.name)>")
    } else if requiresGrad {
      suffixes.append("requires_grad=True")
    }
    var s = prefix + body
    var last = s.count - (s.lastIndex(of: "\n").map { s.distance(from: s.startIndex, to: $0) } ?? -1) + 1
    for suf in suffixes {
      if last + suf.count + 2 > opts.lineWidth {
        s += ",\n" + String(repeating: " ", count: indent) + suf
        last = indent + suf.count
      } else {
        s += ", " + suf
        last += suf.count + 2
      }
    }
    s += ")"
    return isParameter ? "Parameter containing:\n" + s : s
  }

  /// Row-major flat indices of the elements `get_summarized_data` keeps.
  private func collectSummarized(_ d: Int, _ base: Int, _ edge: Int, _ out: inout [Int]) {
    if dim == 0 {
      out.append(0)
      return
    }
    let n = shape[d]
    let block = shape[(d + 1)...].reduce(1, *)
    let rows: [Int] = n > 2 * edge ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
    for r in rows {
      if d == dim - 1 { out.append(base + r) } else { collectSummarized(d + 1, base + r * block, edge, &out) }
    }
  }

  private func formatLevel(
    _ d: Int, _ base: Int, _ indent: Int, _ summarize: Bool, _ width: Int, _ opts: PrintOptions,
    _ element: (Int) -> String
  ) -> String {
    if dim == 0 { return element(0) }
    let n = shape[d]
    let edge = Swift.max(opts.edgeItems, 0)
    let cut = summarize && n > 2 * edge
    if d == dim - 1 {
      let perLine = Swift.max(1, Int(((Double(opts.lineWidth - indent)) / Double(width + 2)).rounded(.down)))
      var items: [String] = []
      if cut {
        for i in 0..<edge { items.append(element(base + i)) }
        items.append(" ...")
        for i in (n - edge)..<n { items.append(element(base + i)) }
      } else {
        for i in 0..<n { items.append(element(base + i)) }
      }
      var lines: [String] = []
      var i = 0
      while i < items.count {
        lines.append(items[i..<Swift.min(i + perLine, items.count)].joined(separator: ", "))
        i += perLine
      }
      return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }
    let block = shape[(d + 1)...].reduce(1, *)
    var parts: [String] = []
    func sub(_ r: Int) -> String { formatLevel(d + 1, base + r * block, indent + 1, summarize, width, opts, element) }
    if cut {
      for r in 0..<edge { parts.append(sub(r)) }
      parts.append("...")
      for r in (n - edge)..<n { parts.append(sub(r)) }
    } else {
      for r in 0..<n { parts.append(sub(r)) }
    }
    let sep = "," + String(repeating: "\n", count: dim - d - 1) + String(repeating: " ", count: indent + 1)
    return "[" + parts.joined(separator: sep) + "]"
  }

  /// Python's tuple repr of ints: `(0, 3)`, `(5,)`, `()`.
  static func pythonTuple(_ xs: [Int]) -> String {
    if xs.count == 1 { return "(\(xs[0]),)" }
    return "(" + xs.map(String.init).joined(separator: ", ") + ")"
  }
}

/// `torch.Size([2, 3])` as a value the binding can print and compare.
public struct TorchSize: Equatable, Sendable, CustomStringConvertible {
  /// The sizes.
  public var dims: [Int]
  /// Wraps a list of sizes.
  public init(_ dims: [Int]) { self.dims = dims }
  /// `torch.Size([2, 3])`.
  public var description: String { "torch.Size(\(Tensor.formatList(dims)))" }
}

extension Tensor {
  /// `tensor.shape` / `tensor.size()` as a `torch.Size`.
  public var size: TorchSize { TorchSize(shape) }
}
