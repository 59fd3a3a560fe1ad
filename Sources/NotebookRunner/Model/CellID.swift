/// Cell ids (nbformat 4.5): 1–64 characters from `[a-zA-Z0-9-_]`, unique within a notebook.
///
/// nbformat's `random_cell_id` takes 8 random hex digits. The runner derives its 8 hex digits from the
/// cell's position instead, so that upgrading the same 4.0–4.4 notebook gives the same ids on every
/// machine and every run: files written by `swifttorch run` are reproducible and their diffs show only
/// real changes. Uniqueness within the notebook is all the format asks, and a position-derived id that
/// collides with an id already present is re-derived with the next salt.
enum CellID {
  /// Whether `id` is a valid nbformat 4.5 cell id.
  static func isValid(_ id: String) -> Bool {
    let utf8 = id.utf8
    guard !utf8.isEmpty, utf8.count <= 64 else { return false }
    return utf8.allSatisfy { b in
      (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
        || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }
  }

  /// Gives every cell a valid id unique in the notebook: keeps the first occurrence of each valid id,
  /// replaces missing, invalid and repeated ones with ids derived from the cell's position.
  static func assignMissing(in cells: inout [Cell]) {
    var taken = Set<String>()
    var needsID: [Int] = []
    for index in cells.indices {
      if let id = cells[index].id, isValid(id), taken.insert(id).inserted { continue }
      needsID.append(index)
    }
    for index in needsID {
      var salt: UInt64 = 0
      var id = derived(position: index, salt: salt)
      while taken.contains(id) {
        salt += 1
        id = derived(position: index, salt: salt)
      }
      taken.insert(id)
      cells[index].id = id
    }
  }

  /// 8 lowercase hex digits mixed from a position and a salt (SplitMix64's finaliser).
  static func derived(position: Int, salt: UInt64) -> String {
    var z = UInt64(truncatingIfNeeded: position) &+ (salt << 32) &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    let hex = String(z & 0xFFFF_FFFF, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
