// The abstract syntax tree the Parser produces and the Resolver and Compiler read.
// It mirrors CPython's `ast` module (Python 3.11) closely, so that the grammar reference and
// `python3 -c "import ast; print(ast.dump(ast.parse(src)))"` can be read side by side with it.

/// A position in source text: 1-based line, 0-based column counted in Unicode code points.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public var description: String { "\(line):\(column)" }
}

/// A whole module (a file or a notebook cell).
public struct ModuleAST: Sendable {
  public var body: [Stmt]
  public init(body: [Stmt]) { self.body = body }
}

/// A statement with its location.
public struct Stmt: Sendable {
  public var kind: StmtKind
  public var location: SourceLocation
  /// Last line the statement spans (for tracebacks and `is_complete`).
  public var endLine: Int
  public init(_ kind: StmtKind, at location: SourceLocation, endLine: Int? = nil) {
    self.kind = kind
    self.location = location
    self.endLine = endLine ?? location.line
  }
}

/// An expression with its location.
public struct Expr: Sendable {
  public indirect enum Kind: Sendable {
    // Atoms
    case name(String)
    case constant(Constant)
    /// f-string: the parts are `.constant(.str)` and `.formatted(...)` expressions.
    case joinedStr([Expr])
    /// One `{value!conv:spec}` of an f-string. `conversion` is "r", "s", "a" or nil;
    /// `formatSpec` is itself a joinedStr (nested fields) or nil.
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// `{k: v, **d}`: a nil key means `**value` unpacking.
    case dict(keys: [Expr?], values: [Expr])
    /// `*value` inside a list/tuple/set display, a call's arguments or an assignment target.
    case starred(Expr)

    // Operators
    case boolOp(BoolOperator, [Expr])
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    /// `a < b <= c`: left, then (operator, right) pairs.
    case compare(Expr, [(CompareOperator, Expr)])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    /// `target := value`
    case namedExpr(target: String, value: Expr)
    case lambda(Arguments, body: Expr)

    // Trailers
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// `lower:upper:step` inside a subscript (possibly within a tuple for `x[1:2, ::3]`).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)

    // Comprehensions
    case listComp(element: Expr, generators: [Comprehension])
    case setComp(element: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(element: Expr, generators: [Comprehension])

    // Generators
    case yield(Expr?)
    case yieldFrom(Expr)
    case await(Expr)
  }

  public var kind: Kind
  public var location: SourceLocation
  /// Where the expression ends (exclusive column), for CPython 3.11's `^^^^` ranges.
  public var end: SourceLocation
  public init(_ kind: Kind, at location: SourceLocation, end: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
  }
}

/// A literal value.
public enum Constant: Sendable {
  case none
  case bool(Bool)
  /// An integer literal that fits in Int.
  case int(Int)
  /// An integer literal too large for Int, as its decimal digits.
  case bigInt(String)
  case float(Double)
  /// An imaginary literal such as `2j` (value of the imaginary part).
  case imaginary(Double)
  case str(String)
  case bytes([UInt8])
  case ellipsis
}

public enum BoolOperator: Sendable { case and, or }

public enum BinaryOperator: String, Sendable {
  case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
  case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String, Sendable {
  case invert = "~", not = "not", plus = "+", minus = "-"
}

public enum CompareOperator: String, Sendable {
  case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
  case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

/// `for target in iter if cond1 if cond2` inside a comprehension.
public struct Comprehension: Sendable {
  public var target: Expr
  public var iter: Expr
  public var ifs: [Expr]
  public var isAsync: Bool
  public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool = false) {
    self.target = target
    self.iter = iter
    self.ifs = ifs
    self.isAsync = isAsync
  }
}

/// `name=value` in a call; a nil name means `**value`.
public struct Keyword: Sendable {
  public var name: String?
  public var value: Expr
  public var location: SourceLocation
  public init(name: String?, value: Expr, at location: SourceLocation) {
    self.name = name
    self.value = value
    self.location = location
  }
}

/// One parameter of a def or lambda.
public struct Parameter: Sendable {
  public var name: String
  public var annotation: Expr?
  public var location: SourceLocation
  public init(name: String, annotation: Expr? = nil, at location: SourceLocation) {
    self.name = name
    self.annotation = annotation
    self.location = location
  }
}

/// The parameter list of a def or lambda, laid out as CPython's `ast.arguments`.
public struct Arguments: Sendable {
  /// Parameters before `/`.
  public var positionalOnly: [Parameter] = []
  /// Ordinary parameters.
  public var args: [Parameter] = []
  /// `*args`, if any.
  public var vararg: Parameter?
  /// Parameters after `*` or `*args`.
  public var keywordOnly: [Parameter] = []
  /// Defaults of keyword-only parameters, aligned with `keywordOnly` (nil: required).
  public var keywordDefaults: [Expr?] = []
  /// `**kwargs`, if any.
  public var kwarg: Parameter?
  /// Defaults for the LAST `defaults.count` of `positionalOnly + args`.
  public var defaults: [Expr] = []
  public init() {}
}

/// `except Type as name:` clause.
public struct ExceptHandler: Sendable {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var location: SourceLocation
  public init(type: Expr?, name: String?, body: [Stmt], at location: SourceLocation) {
    self.type = type
    self.name = name
    self.body = body
    self.location = location
  }
}

/// `expr as target` in a with statement.
public struct WithItem: Sendable {
  public var contextExpr: Expr
  public var optionalVars: Expr?
  public init(contextExpr: Expr, optionalVars: Expr?) {
    self.contextExpr = contextExpr
    self.optionalVars = optionalVars
  }
}

/// `name as asname` in an import.
public struct Alias: Sendable {
  public var name: String
  public var asName: String?
  public init(name: String, asName: String?) {
    self.name = name
    self.asName = asName
  }
}

/// The kinds of statement.
public indirect enum StmtKind: Sendable {
  case functionDef(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool)
  case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr])
  case `return`(Expr?)
  case delete([Expr])
  /// `a = b = value`: all targets, then the value.
  case assign(targets: [Expr], value: Expr)
  case augAssign(target: Expr, op: BinaryOperator, value: Expr)
  /// `x: int = 3`; `simple` is true for a bare name target.
  case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
  case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
  case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
  case with(items: [WithItem], body: [Stmt], isAsync: Bool)
  case raise(exception: Expr?, cause: Expr?)
  case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
  case assert(test: Expr, message: Expr?)
  case `import`([Alias])
  /// `from .module import names`; `level` counts the leading dots; names `[*]` for a star import.
  case importFrom(module: String?, names: [Alias], level: Int)
  case global([String])
  case nonlocal([String])
  case expr(Expr)
  case pass
  case `break`
  case `continue`
}
