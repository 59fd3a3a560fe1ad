/// torch/_tensor_str.py's `_Formatter`: one shared element format (int, fixed or scientific) and width.
struct TensorFormatter {
  let floating: Bool
  var intMode = true
  var sciMode = false
  var maxWidth = 1
  let precision: Int

  /// Builds the formatter from the (summarised) elements of a tensor.
  init(doubles: [Double], ints: [Int64]?, isBool: Bool, options: PrintOptions) {
    precision = options.precision
    floating = ints == nil && !isBool
    if !floating {
      if isBool {
        for v in doubles { maxWidth = Swift.max(maxWidth, v != 0 ? 4 : 5) }
      } else if let ints {
        for v in ints { maxWidth = Swift.max(maxWidth, String(v).count) }
      }
      return
    }
    let vals = doubles.filter { $0.isFinite && $0 != 0 }
    if !vals.isEmpty {
      var mn = Double.infinity, mx = 0.0
      for v in vals {
        let a = Swift.abs(v)
        mn = Swift.min(mn, a)
        mx = Swift.max(mx, a)
      }
      intMode = vals.allSatisfy { $0 == $0.rounded(.up) }
      if intMode {
        if mx / mn > 1000.0 || mx > 1.0e8 {
          sciMode = true
          for v in vals { maxWidth = Swift.max(maxWidth, PyFormat.scientific(v, precision: precision).count) }
        } else {
          for v in vals { maxWidth = Swift.max(maxWidth, PyFormat.fixed(v, precision: 0).count + 1) }
        }
      } else if mx / mn > 1000.0 || mx > 1.0e8 || mn < 1.0e-4 {
        sciMode = true
        for v in vals { maxWidth = Swift.max(maxWidth, PyFormat.scientific(v, precision: precision).count) }
      } else {
        for v in vals { maxWidth = Swift.max(maxWidth, PyFormat.fixed(v, precision: precision).count) }
      }
    }
    if let forced = options.sciMode { sciMode = forced }
  }

  /// Formats one floating element, padded to the shared width.
  func format(_ v: Double) -> String {
    let s: String
    if sciMode {
      s = PyFormat.scientific(v, precision: precision)
    } else if intMode {
      s = PyFormat.fixed(v, precision: 0) + (v.isFinite ? "." : "")
    } else {
      s = PyFormat.fixed(v, precision: precision)
    }
    return pad(s)
  }

  /// Formats an integer element.
  func format(int v: Int64) -> String { pad(String(v)) }
  /// Formats a bool element.
  func format(bool v: Bool) -> String { pad(v ? "True" : "False") }

  func pad(_ s: String) -> String {
    s.count >= maxWidth ? s : String(repeating: " ", count: maxWidth - s.count) + s
  }
}
