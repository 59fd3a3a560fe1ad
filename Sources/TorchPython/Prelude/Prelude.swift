/// Python source of the parts of torch that are written in Python, as PyTorch's own are:
/// `nn.Module` and its layers, losses, optimizers, `torch.utils.data`. Each is compiled on first import.
enum Prelude {
  /// Module name → source, for `import`.
  static let modules: [(String, String)] = [
    ("torch.nn", nn),
    ("torch.nn.functional", functional),
    ("torch.nn.init", initSource),
    ("torch.nn.utils", nnUtils),
    ("torch.nn.utils.rnn", nnUtilsRNN),
    ("torch.nn.parameter", "from torch.nn import Parameter\n"),
    ("torch.nn.modules", "from torch.nn import *\n"),
    ("torch.optim", optim),
    ("torch.optim.lr_scheduler", lrScheduler),
    ("torch.utils", "import torch.utils.data\n"),
    ("torch.utils.data", utilsData),
    ("torch.autograd", autograd),
    ("torch.cuda", cuda),
    ("torch.backends", backends),
    ("torch.backends.mps", "def is_available():\n    return False\n\ndef is_built():\n    return False\n"),
    ("torch.backends.cudnn", "enabled = False\ndeterministic = False\nbenchmark = False\n"),
    ("numpy", numpy),
  ]

  /// Extra definitions run inside the native `torch` module.
  static let torch = #"""
import _swifttorch

class no_grad:
    """Context manager and decorator that disables gradient tracking."""
    def __init__(self, func=None):
        self._func = func
        self._prev = True
    def __enter__(self):
        self._prev = is_grad_enabled()
        _swifttorch.set_grad_enabled(False)
    def __exit__(self, exc_type, exc_value, traceback):
        _swifttorch.set_grad_enabled(self._prev)
        return False
    def __call__(self, func):
        def wrapper(*args, **kwargs):
            with no_grad():
                return func(*args, **kwargs)
        return wrapper

class enable_grad:
    """Context manager and decorator that enables gradient tracking."""
    def __enter__(self):
        self._prev = is_grad_enabled()
        _swifttorch.set_grad_enabled(True)
    def __exit__(self, exc_type, exc_value, traceback):
        _swifttorch.set_grad_enabled(self._prev)
        return False
    def __call__(self, func):
        def wrapper(*args, **kwargs):
            with enable_grad():
                return func(*args, **kwargs)
        return wrapper

class set_grad_enabled:
    """Sets gradient tracking on or off, for a block or from now on."""
    def __init__(self, mode):
        self._prev = is_grad_enabled()
        _swifttorch.set_grad_enabled(mode)
    def __enter__(self):
        pass
    def __exit__(self, exc_type, exc_value, traceback):
        _swifttorch.set_grad_enabled(self._prev)
        return False

class inference_mode(no_grad):
    pass


def typename(obj):
    if isinstance(obj, Tensor):
        return 'torch.' + {'torch.float32': 'FloatTensor', 'torch.float64': 'DoubleTensor', 'torch.int64': 'LongTensor',
                           'torch.int32': 'IntTensor', 'torch.bool': 'BoolTensor'}.get(str(obj.dtype), 'Tensor')
    module = getattr(type(obj), '__module__', '')
    name = type(obj).__qualname__
    return name if module in ('', 'builtins') else module + '.' + name


def is_floating_point(input):
    return input.dtype.is_floating_point


def numel(input):
    return input.numel()
"""#
}
