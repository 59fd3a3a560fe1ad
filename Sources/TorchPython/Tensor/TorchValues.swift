import PythonRuntime
import Torch

extension Interpreter {
  /// `torch.Size([..])`.
  func torchSize(_ dims: [Int]) throws -> Value {
    .object(PyTuple(type: try torch.sizeType, items: dims.map { .int($0) }))
  }

  /// The `torch.float32`-style object of a dtype.
  func dtypeValue(_ d: DType) throws -> Value {
    let b = try torch
    if let v = b.dtypeValues[d] { return v }
    let v = Value.object(PyNativeObject(type: b.dtypeType, payload: d))
    b.dtypeValues[d] = v
    return v
  }

  /// The Python type of autograd nodes (`grad_fn`).
  func nodeType() throws -> PyType {
    if let t = extensions["torch.node"] as? PyTypeBox { return t.type }
    let t = PyType(name: "Node", module: "torch.autograd.graph", bases: [types.object], generic: false)
    defineMethod(t, "__repr__") { interp, args in
      guard case .object(let o)? = args.positional.first, let n = o as? PyNativeObject<Node> else { return .string("<Node>") }
      return .string("<\(n.payload.name) object at \(interp.addressString(o))>")
    }
    defineProperty(t, "name", get: { _, v in
      guard case .object(let o) = v, let n = o as? PyNativeObject<Node> else { return .none }
      return .string(n.payload.name)
    })
    defineMethod(t, "name") { _, args in
      guard case .object(let o)? = args.positional.first, let n = o as? PyNativeObject<Node> else { return .none }
      return .string(n.payload.name)
    }
    extensions["torch.node"] = PyTypeBox(type: t)
    return t
  }

  /// The Python type of one kind of autograd node (`type(y.grad_fn).__name__` is torch's node name), a subclass of `Node`.
  func nodeType(named name: String) throws -> PyType {
    let key = "torch.node." + name
    if let t = extensions[key] as? PyTypeBox { return t.type }
    let t = PyType(name: name, module: "torch.autograd.graph", bases: [try nodeType()], generic: false)
    extensions[key] = PyTypeBox(type: t)
    return t
  }

  /// A `generator=` argument: a torch.Generator or None.
  func generatorArgument(_ v: Value?) throws -> Generator? {
    guard let v, !v.isNone else { return nil }
    guard case .object(let o) = v, let g = o as? PyNativeObject<Generator> else {
      throw typeError("generator must be torch.Generator, not \(typeName(v))")
    }
    return g.payload
  }

  /// The address text used in default reprs.
  func addressString(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
  }
}

/// Keeps a PyType in the interpreter's extension table.
final class PyTypeBox {
  let type: PyType
  init(type: PyType) { self.type = type }
}
