import PythonRuntime
import Torch

/// A torch.Tensor (or nn.Parameter) as a Python object.
public final class PyTensor: PyObject {
  public let tensor: Tensor
  public let dict = PyAttributes()
  public init(type: PyType, tensor: Tensor) {
    self.tensor = tensor
    super.init(type: type)
  }
  public override var attributes: PyAttributes? { dict }
}

/// The Python-side torch state of one interpreter: the Swift context and the Python types.
final class TorchBinding {
  let context: TorchContext
  let tensorType: PyType
  let parameterType: PyType
  let sizeType: PyType
  let dtypeType: PyType
  let deviceType: PyType
  let generatorType: PyType
  var dtypeValues: [DType: Value] = [:]
  var cpuDevice: Value = .none

  init(interp: Interpreter) {
    context = TorchContext()
    tensorType = PyType(name: "Tensor", module: "torch", bases: [interp.types.object], generic: false)
    parameterType = PyType(name: "Parameter", module: "torch.nn.parameter", bases: [tensorType], generic: false)
    sizeType = PyType(name: "Size", module: "torch", bases: [interp.types.tuple], generic: false)
    dtypeType = PyType(name: "dtype", module: "torch", bases: [interp.types.object], generic: false)
    deviceType = PyType(name: "device", module: "torch", bases: [interp.types.object], generic: false)
    generatorType = PyType(name: "Generator", module: "torch", bases: [interp.types.object], generic: false)
  }
}

extension Interpreter {
  /// The torch binding of this interpreter (installed by `TorchPython.install`).
  var torch: TorchBinding {
    get throws {
      guard let b = extensions["torch"] as? TorchBinding else { throw runtimeError("torch is not installed in this session") }
      return b
    }
  }

  /// Wraps a tensor as a Python value.
  func wrap(_ t: Tensor) throws -> Value {
    let b = try torch
    return .object(PyTensor(type: t.isParameter ? b.parameterType : b.tensorType, tensor: t))
  }

  /// Runs a torch operation, turning its TorchError into the Python exception torch raises.
  func torchOp<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as TorchError {
      throw torchError(e)
    }
  }

  func torchError(_ e: TorchError) -> PyError {
    switch e.kind {
    case .runtimeError: return runtimeError(e.message)
    case .indexError: return indexError(e.message)
    case .typeError: return typeError(e.message)
    case .valueError: return valueError(e.message)
    case .notImplemented: return notImplemented(e.message)
    case .memoryError: return runtimeError(e.message)
    }
  }

  /// The tensor inside a value, or nil.
  func tensorValue(_ v: Value) -> Tensor? {
    if case .object(let o) = v, let t = o as? PyTensor { return t.tensor }
    return nil
  }

  /// The tensor inside a value, or a TypeError naming the argument.
  func expectTensor(_ v: Value?, _ what: String) throws -> Tensor {
    guard let v, let t = tensorValue(v) else {
      throw typeError("\(what) must be Tensor, not \(v.map { typeName($0) } ?? "NoneType")")
    }
    return t
  }

  /// A Python number as a torch Scalar.
  func scalarValue(_ v: Value) -> Scalar? {
    switch v {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int64(i))
    case .float(let d): return .float(d)
    case .object(let o):
      if let big = o as? PyBigInt { return .float(Double(big.value)) }
      if let t = o as? PyTensor, t.tensor.numel == 1, let s = try? t.tensor.item() { return s }
      return nil
    default: return nil
    }
  }

  /// A Python value from a torch Scalar.
  func pythonValue(_ s: Scalar) -> Value {
    switch s {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .float(let d): return .float(d)
    }
  }

  /// A shape given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(torch.Size(...))`.
  func shapeArgument(_ args: [Value], _ fname: String) throws -> [Int] {
    if args.count == 1, case .object(let o) = args[0], o is PyTuple || o is PyList {
      return try iterate(args[0]).map { try dimension($0, fname) }
    }
    return try args.map { try dimension($0, fname) }
  }

  /// One int argument that may also be a 0-d integer tensor.
  func dimension(_ v: Value, _ fname: String) throws -> Int {
    if let i = try indexValue(v) { return i }
    if let t = tensorValue(v), t.numel == 1, !t.dtype.isFloatingPoint, let s = try? t.item() { return Int(s.int64Value) }
    throw typeError("\(fname)(): argument 'size' must be tuple of ints, but found element of type \(typeName(v)) at pos 0")
  }

  /// A dtype argument (`torch.float32`) or nil.
  func dtypeArgument(_ v: Value?) throws -> DType? {
    guard let v, !v.isNone else { return nil }
    if case .object(let o) = v, let d = o as? PyNativeObject<DType> { return d.payload }
    if case .type(let t) = v {
      switch t.name {
      case "float": return .float64
      case "int": return .int64
      case "bool": return .bool
      default: break
      }
    }
    throw typeError("dtype must be torch.dtype, not \(typeName(v))")
  }

  /// Nested Python lists/tuples of numbers (or tensors) as torch's NestedData.
  func nestedData(_ v: Value) throws -> NestedData {
    if let s = scalarValue(v), tensorValue(v).map({ $0.dim == 0 }) ?? true { return .scalar(s) }
    if let t = tensorValue(v) {
      return try nestedData(try tolist(t))
    }
    switch v {
    case .object(let o) where o is PyList || o is PyTuple:
      return .list(try iterate(v).map { try nestedData($0) })
    default:
      if case .object(let o) = v, o.type.lookup("__iter__") != nil || o.type.lookup("__getitem__") != nil {
        return .list(try iterate(v).map { try nestedData($0) })
      }
      throw typeError("new(): invalid data type '\(typeName(v))'")
    }
  }

  /// `tensor.tolist()`.
  func tolist(_ t: Tensor) throws -> Value {
    let values = t.scalars()
    if t.dim == 0 { return values.first.map { pythonValue($0) } ?? .none }
    var index = 0
    func build(_ d: Int) -> Value {
      var items: [Value] = []
      let n = t.shape[d]
      items.reserveCapacity(n)
      for _ in 0..<n {
        if d == t.dim - 1 {
          items.append(index < values.count ? pythonValue(values[index]) : .none)
          index += 1
        } else {
          items.append(build(d + 1))
        }
      }
      return list(items)
    }
    return build(0)
  }
}
