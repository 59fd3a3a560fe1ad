/// A unified diff (`diff -u` layout, 3 lines of context) between two lists of lines.
public enum UnifiedDiff {
  /// Lines of context around each change.
  static let context = 3
  /// Above this many line pairs the diff does not search for common lines and shows a full replacement.
  static let maximumTable = 4_000_000

  private enum Edit: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The diff text, ending in a newline; empty when the lists are equal.
  public static func make(_ a: [String], _ b: [String], fromLabel: String, toLabel: String) -> String {
    guard a != b else { return "" }
    let edits = script(a, b)
    var out = "--- \(fromLabel)\n+++ \(toLabel)\n"
    var index = 0
    // Hunks: runs of edits where changes are no more than 2*context unchanged lines apart.
    while index < edits.count {
      guard let change = edits[index...].firstIndex(where: { if case .same = $0 { return false } else { return true } }) else { break }
      let start = max(index, change - context)
      var end = change
      var lastChange = change
      while end < edits.count {
        if case .same = edits[end] {
          if end - lastChange > 2 * context { break }
        } else {
          lastChange = end
        }
        end += 1
      }
      let stop = min(edits.count, lastChange + context + 1)
      let hunk = edits[start..<stop]
      // Line numbers of the hunk's first line in each list.
      let before = edits[..<start]
      let aStart = before.filter { if case .added = $0 { return false } else { return true } }.count
      let bStart = before.filter { if case .removed = $0 { return false } else { return true } }.count
      let aCount = hunk.filter { if case .added = $0 { return false } else { return true } }.count
      let bCount = hunk.filter { if case .removed = $0 { return false } else { return true } }.count
      out += "@@ -\(range(aStart, aCount)) +\(range(bStart, bCount)) @@\n"
      for edit in hunk {
        switch edit {
        case .same(let line): out += " \(line)\n"
        case .removed(let line): out += "-\(line)\n"
        case .added(let line): out += "+\(line)\n"
        }
      }
      index = stop
    }
    return out
  }

  /// `start,count` as diff writes it (1-based; an empty range names the line before it).
  private static func range(_ start: Int, _ count: Int) -> String {
    count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
  }

  /// The edit script from `a` to `b`: common prefix and suffix kept, the middle by longest common subsequence.
  private static func script(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    var middle: [Edit] = []
    if x.count * y.count > maximumTable || x.isEmpty || y.isEmpty {
      middle = x.map(Edit.removed) + y.map(Edit.added)
    } else {
      // lengths[i][j]: LCS length of x[i...] and y[j...], in one flat table.
      let width = y.count + 1
      var lengths = [Int](repeating: 0, count: (x.count + 1) * width)
      for i in stride(from: x.count - 1, through: 0, by: -1) {
        for j in stride(from: y.count - 1, through: 0, by: -1) {
          lengths[i * width + j] =
            x[i] == y[j] ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < x.count || j < y.count {
        if i < x.count, j < y.count, x[i] == y[j] {
          middle.append(.same(x[i]))
          i += 1
          j += 1
        } else if i < x.count, j == y.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
          middle.append(.removed(x[i]))
          i += 1
        } else if j < y.count {
          middle.append(.added(y[j]))
          j += 1
        }
      }
    }
    return a[..<prefix].map(Edit.same) + middle + a[(a.count - suffix)...].map(Edit.same)
  }
}
