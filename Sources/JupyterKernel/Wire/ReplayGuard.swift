import Synchronization

/// Remembers the signatures of accepted messages and rejects repeats, as jupyter_client's Session does
/// with its `digest_history`. Shared by the kernel's channel threads (a replay may arrive on any channel).
/// Keeps the newest `capacity` signatures; the oldest are forgotten first.
public final class ReplayGuard: Sendable {
  private struct State {
    var seen: Set<[UInt8]> = []
    var order: [[UInt8]] = []
    var next = 0
  }
  private let state = Mutex(State())
  private let capacity: Int

  /// A guard remembering up to `capacity` signatures (jupyter_client keeps 2^16).
  public init(capacity: Int = 1 << 16) {
    self.capacity = max(1, capacity)
  }

  /// Records `signature`; returns false if it was seen before (then the message must be dropped).
  /// Empty signatures (signing off) are never recorded and always pass.
  public func admit(_ signature: [UInt8]) -> Bool {
    guard !signature.isEmpty else { return true }
    return state.withLock { s in
      if s.seen.contains(signature) { return false }
      s.seen.insert(signature)
      if s.order.count < capacity {
        s.order.append(signature)
      } else if s.order.indices.contains(s.next) {
        s.seen.remove(s.order[s.next])
        s.order[s.next] = signature
        s.next = (s.next + 1) % capacity
      }
      return true
    }
  }
}
