/// Where the outputs with each display id are (cell index, output index), so that `update_display_data`
/// can replace them in whichever cell they are, as nbclient's `_display_id_map` does.
struct DisplayIndex {
  private var places: [String: [(cell: Int, output: Int)]] = [:]

  /// Records that output `output` of cell `cell` shows display `id`.
  mutating func record(_ id: String, cell: Int, output: Int) {
    places[id, default: []].append((cell, output))
  }

  /// The outputs showing display `id`.
  func places(of id: String) -> [(cell: Int, output: Int)] { places[id] ?? [] }

  /// Drops the places in a cell whose outputs were cleared.
  mutating func forget(cell: Int) {
    for id in places.keys { places[id]?.removeAll { $0.cell == cell } }
  }
}
