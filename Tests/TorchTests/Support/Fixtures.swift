import Foundation
import XCTest

/// Loads files from this test target's Fixtures folder (never from /work/shared).
enum Fixtures {
  static func url(_ path: String) throws -> URL {
    guard let base = Bundle.module.resourceURL else { throw FixtureError.missing(path) }
    let u = base.appendingPathComponent("Fixtures").appendingPathComponent(path)
    guard FileManager.default.fileExists(atPath: u.path) else { throw FixtureError.missing(path) }
    return u
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: url(path), encoding: .utf8)
  }

  static func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

  enum FixtureError: Error { case missing(String) }
}
