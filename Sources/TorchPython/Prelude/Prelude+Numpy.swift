extension Prelude {
  /// `numpy`: the small part course code uses (`np.array`, `np.arange`, `.numpy()` results), backed by torch
  /// tensors in numpy's default dtypes (float64, int64) and printed as numpy prints 1-D and 2-D arrays.
  static let numpy = #"""
import math
import torch

_max, _min, _sum = max, min, sum
float64 = torch.float64
float32 = torch.float32
int64 = torch.int64
int32 = torch.int32
bool_ = torch.bool
pi = math.pi
e = math.e
inf = float('inf')
nan = float('nan')
__version__ = '2.4.6 (SwiftTorch subset)'


def _format_scalar(v, floating):
    if not floating:
        return str(v)
    r = repr(float(v))
    if r.endswith('.0'):
        return r[:-1]
    return r


class ndarray:
    """A numpy array (the subset SwiftTorch provides), holding a torch tensor."""
    def __init__(self, tensor):
        self._t = tensor

    @property
    def shape(self):
        return tuple(self._t.shape)

    @property
    def ndim(self):
        return self._t.dim()

    @property
    def size(self):
        return self._t.numel()

    @property
    def dtype(self):
        return str(self._t.dtype).replace('torch.', '')

    @property
    def T(self):
        return ndarray(self._t.t())

    def tolist(self):
        return self._t.tolist()

    def item(self):
        return self._t.item()

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        for x in self._t:
            yield _wrap_scalar(x) if x.dim() == 0 else ndarray(x)

    def __getitem__(self, index):
        r = self._t[index._t if isinstance(index, ndarray) else index]
        return _wrap_scalar(r) if r.dim() == 0 else ndarray(r)

    def __setitem__(self, index, value):
        self._t[index] = value._t if isinstance(value, ndarray) else value

    def _binary(self, other, op):
        o = other._t if isinstance(other, ndarray) else other
        return ndarray(op(self._t, o))

    def __add__(self, other): return self._binary(other, lambda a, b: a + b)
    def __radd__(self, other): return self._binary(other, lambda a, b: b + a)
    def __sub__(self, other): return self._binary(other, lambda a, b: a - b)
    def __rsub__(self, other): return self._binary(other, lambda a, b: b - a)
    def __mul__(self, other): return self._binary(other, lambda a, b: a * b)
    def __rmul__(self, other): return self._binary(other, lambda a, b: b * a)
    def __truediv__(self, other): return self._binary(other, lambda a, b: a / b)
    def __eq__(self, other): return self._binary(other, lambda a, b: a == b)
    def __lt__(self, other): return self._binary(other, lambda a, b: a < b)
    def __gt__(self, other): return self._binary(other, lambda a, b: a > b)

    def sum(self, axis=None):
        return _reduce(self._t, axis, lambda t, d: t.sum() if d is None else t.sum(d))

    def mean(self, axis=None):
        return _reduce(self._t.double() if not self._t.is_floating_point() else self._t, axis, lambda t, d: t.mean() if d is None else t.mean(d))

    def max(self, axis=None):
        return _reduce(self._t, axis, lambda t, d: t.max() if d is None else t.max(d).values)

    def min(self, axis=None):
        return _reduce(self._t, axis, lambda t, d: t.min() if d is None else t.min(d).values)

    def argmax(self, axis=None):
        return _reduce(self._t, axis, lambda t, d: t.argmax() if d is None else t.argmax(d))

    def astype(self, dtype):
        return ndarray(self._t.to(dtype))

    def reshape(self, *shape):
        return ndarray(self._t.reshape(*shape))

    def __repr__(self):
        return 'array(' + _format_body(self._t, 7) + _dtype_suffix(self._t) + ')'

    def __str__(self):
        return _format_body(self._t, 1, sep=' ')


def _wrap_scalar(t):
    v = t.item()
    return float64_scalar(v) if t.is_floating_point() else int64_scalar(v) if isinstance(v, int) and not isinstance(v, bool) else v


class int64_scalar(int):
    def __repr__(self):
        return str(int(self))


class float64_scalar(float):
    pass


def _reduce(t, axis, f):
    r = f(t, axis)
    return _wrap_scalar(r) if r.dim() == 0 else ndarray(r)


def _dtype_suffix(t):
    if t.dtype in (torch.float64, torch.int64, torch.bool):
        return ''
    return ', dtype=' + str(t.dtype).replace('torch.', '')


def _format_body(t, indent, sep=', '):
    floating = t.is_floating_point()
    values = t.flatten().tolist()
    cells = [_format_scalar(v, floating) for v in values]
    if floating and cells:
        decimals = _max(len(c.split('.')[1]) if '.' in c else 0 for c in cells)
        cells = [c + '0' * (decimals - (len(c.split('.')[1]) if '.' in c else 0)) for c in cells]
    width = _max((len(c) for c in cells), default=0)
    cells = [c.rjust(width) for c in cells]
    if t.dim() == 0:
        return cells[0] if cells else ''
    if t.dim() == 1:
        return '[' + sep.join(cells) + ']'
    rows = []
    n = t.shape[-1]
    for i in range(0, len(cells), n):
        rows.append('[' + sep.join(cells[i:i + n]) + ']')
    joiner = (',' if sep == ', ' else '') + '\n' + ' ' * indent
    return '[' + joiner.join(rows) + ']'


def _tensor(obj, dtype=None):
    if isinstance(obj, ndarray):
        return obj._t if dtype is None else obj._t.to(dtype)
    if isinstance(obj, torch.Tensor):
        return obj.detach() if dtype is None else obj.detach().to(dtype)
    t = torch.tensor(obj)
    if dtype is not None:
        return t.to(dtype)
    if t.is_floating_point():
        return t.double() if not _all_float32(obj) else torch.tensor(obj, dtype=torch.float64)
    return t


def _all_float32(obj):
    return True


def array(obj, dtype=None):
    return ndarray(_tensor(obj, dtype))


def asarray(obj, dtype=None):
    return array(obj, dtype)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    if any(isinstance(x, float) for x in (start, stop, step)):
        return ndarray(torch.arange(start, stop, step, dtype=torch.float64))
    return ndarray(torch.arange(start, stop, step))


def zeros(shape, dtype=None):
    return ndarray(torch.zeros(shape, dtype=dtype or torch.float64))


def ones(shape, dtype=None):
    return ndarray(torch.ones(shape, dtype=dtype or torch.float64))


def mean(a, axis=None):
    return array(a).mean(axis)


def sum(a, axis=None):
    return array(a).sum(axis)


def argmax(a, axis=None):
    return array(a).argmax(axis)


def max(a, axis=None):
    return array(a).max(axis)


def min(a, axis=None):
    return array(a).min(axis)


def sqrt(x):
    return math.sqrt(x) if not isinstance(x, ndarray) else ndarray(x._t.sqrt())


def exp(x):
    return math.exp(x) if not isinstance(x, ndarray) else ndarray(x._t.exp())
"""#
}
