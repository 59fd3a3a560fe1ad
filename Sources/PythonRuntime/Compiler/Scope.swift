/// What the Resolver learned about one scope (module, class, function, lambda or comprehension):
/// which names are parameters, locals, cells, free variables and globals.
final class Scope {
  enum Kind { case module, classBody, function, comprehension }
  let kind: Kind
  let name: String
  weak var parent: Scope?
  /// Child scopes by the location of the node that creates them.
  var children: [ScopeKey: Scope] = [:]

  var parameters: [String] = []
  /// Names bound in this scope, in first-binding order.
  var bound: [String] = []
  private var boundSet = Set<String>()
  var used = Set<String>()
  var declaredGlobal = Set<String>()
  var declaredNonlocal = Set<String>()
  var isGenerator = false
  /// Names of this scope captured by inner scopes.
  var cellNames: [String] = []
  /// Names this scope reads from enclosing function scopes.
  var freeNames: [String] = []
  /// True when a method in this class body uses `super` or `__class__` (the class gets a `__class__` cell).
  var needsClassCell = false

  init(kind: Kind, name: String, parent: Scope?) {
    self.kind = kind
    self.name = name
    self.parent = parent
  }

  func bind(_ name: String) {
    if boundSet.insert(name).inserted { bound.append(name) }
  }

  func isBound(_ name: String) -> Bool { boundSet.contains(name) }

  /// True when `name` is a local of this function-like scope (not global, not nonlocal).
  func isLocal(_ name: String) -> Bool {
    (kind == .function || kind == .comprehension) && isBound(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
  }

  /// The nearest enclosing function-like scope that defines `name` as a local (skipping class bodies).
  func enclosingDefinition(of name: String) -> Scope? {
    var s = parent
    while let scope = s {
      if scope.kind == .module { return nil }
      if scope.kind != .classBody {
        if scope.declaredGlobal.contains(name) { return nil }
        if scope.isLocal(name) || scope.parameters.contains(name) { return scope }
        if scope.declaredNonlocal.contains(name) { return scope.enclosingDefinition(of: name) }
      }
      s = scope.parent
    }
    return nil
  }

  func addCell(_ name: String) {
    if !cellNames.contains(name) { cellNames.append(name) }
  }

  func addFree(_ name: String) {
    if !freeNames.contains(name) { freeNames.append(name) }
  }
}

/// Identifies the AST node that opens a scope.
struct ScopeKey: Hashable {
  let line: Int
  let column: Int
  let tag: Int
}
