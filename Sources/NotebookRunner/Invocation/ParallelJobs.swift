import Dispatch
import Synchronization

/// Runs `count` independent jobs on up to `workers` threads at once, taking them in order; returns
/// their results in job order.
enum ParallelJobs {
  static func run<Result: Sendable>(count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    if workers <= 1 || count == 1 { return (0..<count).map(body) }  // no threads needed
    let next = Mutex(0)
    let results = Mutex<[Int: Result]>([:])
    let group = DispatchGroup()
    for _ in 0..<max(1, min(workers, count)) {
      group.enter()
      DispatchQueue.global().async {
        while true {
          let index: Int = next.withLock { value in
            defer { value += 1 }
            return value
          }
          guard index < count else { break }
          let result = body(index)
          results.withLock { $0[index] = result }
        }
        group.leave()
      }
    }
    group.wait()
    let all = results.withLock { $0 }
    return (0..<count).compactMap { all[$0] }
  }
}
