import PythonRuntime
import Torch

/// Binds the Swift Torch runtime into the Python interpreter: `torch`, `torch.nn`, `torch.nn.functional`,
/// `torch.optim`, `torch.utils.data` as importable modules. Native parts are Swift closures over Torch;
/// the module classes (`nn.Module`, `nn.RNN`, optimizers, DataLoader) are Python source in `Prelude/`.
public enum TorchPython {
  /// Makes `import torch` (and friends) work in this interpreter. Each interpreter gets its own torch state.
  public static func install(into interp: Interpreter) {
    let binding = TorchBinding(interp: interp)
    interp.extensions["torch"] = binding
    TensorMethods.install(interp, binding)
    interp.nativeModules["torch"] = { interp in
      let torch = try TorchModule.make(interp)
      interp.modules["torch"] = torch
      if case .object(let o) = torch, let m = o as? PyModule {
        try interp.runSource(Prelude.torch, filename: "<torch>", module: m)
        try interp.runSource(Prelude.torchExtras, filename: "<torch>", module: m)
        for sub in ["nn", "optim", "utils", "autograd", "cuda", "backends"] {
          m.globals[sub] = try interp.importModule("torch." + sub, bindTop: false)
        }
      }
      return torch
    }
    interp.nativeModules["_swifttorch"] = NativeNNModule.make
    for (name, source) in Prelude.modules { interp.sourceModules[name] = source }
  }
}
