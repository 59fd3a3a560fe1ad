extension Prelude {
  /// Less common `torch` functions and tensor methods, composed in Python from the native ops
  /// (run inside the `torch` module after `Prelude.torch`).
  static let torchExtras = #"""
def _py_max(a, b):
    return a if a >= b else b


_py_sorted = sorted


def _py_abs(v):
    return v if v >= 0 else -v


_native_any = Tensor.any
_native_all = Tensor.all
_native_cat = cat
_native_where = where
_native_nonzero = Tensor.nonzero


def _dims(dim, ndim):
    if isinstance(dim, (tuple, list)):
        return sorted([d % _py_max(ndim, 1) for d in dim], reverse=True)
    return [dim % _py_max(ndim, 1)]


def _any(self, dim=None, keepdim=False):
    if dim is None:
        return _native_any(self)
    return (self != 0).sum(dim, keepdim=keepdim) > 0


def _all(self, dim=None, keepdim=False):
    if dim is None:
        return _native_all(self)
    return (self != 0).sum(dim, keepdim=keepdim) == self.shape[dim]


def _amax(self, dim=None, keepdim=False, _largest=True):
    if dim is None or (isinstance(dim, (tuple, list)) and len(dim) == 0):
        dims = list(range(self.dim()))[::-1]
    else:
        dims = _dims(dim, self.dim())
    if not self.requires_grad or not is_grad_enabled():
        out = self
        for d in dims:
            out = (out.max(d, keepdim=True) if _largest else out.min(d, keepdim=True)).values
        return out if keepdim else _squeeze_dims(out, dims)
    # amax/amin spread the gradient evenly over ties, as torch does.
    with no_grad():
        ref = self
        for d in dims:
            ref = (ref.max(d, keepdim=True) if _largest else ref.min(d, keepdim=True)).values
        mask = (self == ref).to(self.dtype)
        count = mask
        for d in dims:
            count = count.sum(d, keepdim=True)
    out = (self * (mask / count))
    for d in dims:
        out = out.sum(d, keepdim=True)
    out = out.detach().copy_(ref) + (out - out.detach())
    return out if keepdim else _squeeze_dims(out, dims)


def _squeeze_dims(t, dims):
    for d in sorted(dims, reverse=True):
        t = t.squeeze(d)
    return t


def _amin(self, dim=None, keepdim=False):
    return _amax(self, dim, keepdim, _largest=False)


def _cumprod(self, dim, dtype=None):
    x = self if dtype is None else self.to(dtype)
    if x.dtype == bool:
        x = x.long()
    parts = x.unbind(dim)
    out = []
    acc = None
    for p in parts:
        acc = p if acc is None else acc * p
        out.append(acc)
    if not out:
        return x.clone()
    return stack(out, dim)


def _logsumexp(self, dim, keepdim=False):
    with no_grad():
        m = _amax(self, dim, keepdim=True)
        m = where(m.isinf(), zeros_like(m), m)
    out = (self - m).exp().sum(dim, keepdim=True).log() + m
    return out if keepdim else _squeeze_dims(out, _dims(dim, self.dim()))


def _count_nonzero(self, dim=None):
    if dim is None:
        return (self != 0).sum()
    return (self != 0).sum(dim)


def _isfinite(self):
    return (self.isnan() | self.isinf()).logical_not()


def _isposinf(self):
    return self.isinf() & (self > 0)


def _isneginf(self):
    return self.isinf() & (self < 0)


def _finfo_max(dtype):
    return 1.7976931348623157e308 if dtype == float64 else 3.4028234663852886e38


def _nan_to_num(self, nan=0.0, posinf=None, neginf=None):
    if not self.is_floating_point():
        return self.clone()
    big = _finfo_max(self.dtype)
    out = where(self.isnan(), full_like(self, nan), self)
    out = where(_isposinf(self), full_like(self, big if posinf is None else posinf), out)
    return where(_isneginf(self), full_like(self, -big if neginf is None else neginf), out)


def _isclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    if not isinstance(other, Tensor):
        other = tensor(other)
    close = (self - other).abs() <= atol + rtol * other.abs()
    close = close | (self == other)
    if equal_nan:
        close = close | (self.isnan() & other.isnan())
    return close


def _unique(self, sorted=True, return_inverse=False, return_counts=False, dim=None):
    values = self.flatten().tolist()
    uniq = _py_sorted(set(values))
    out = tensor(uniq, dtype=self.dtype)
    extra = []
    if return_inverse:
        pos = {v: i for i, v in enumerate(uniq)}
        extra.append(tensor([pos[v] for v in values], dtype=int64).view(self.shape))
    if return_counts:
        counts = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        extra.append(tensor([counts[v] for v in uniq], dtype=int64))
    return (out, *extra) if extra else out


def _flip(self, *dims):
    if len(dims) == 1 and isinstance(dims[0], (tuple, list)):
        dims = dims[0]
    out = self
    for d in dims:
        n = out.shape[d]
        out = out.index_select(d, arange(n - 1, -1, -1))
    return out


def _tri_mask(self, diagonal, lower):
    rows, cols = self.shape[-2], self.shape[-1]
    diff = arange(cols).unsqueeze(0) - arange(rows).unsqueeze(1)
    return diff <= diagonal if lower else diff >= diagonal


def _tril(self, diagonal=0):
    return where(_tri_mask(self, diagonal, True), self, zeros_like(self))


def _triu(self, diagonal=0):
    return where(_tri_mask(self, diagonal, False), self, zeros_like(self))


def _diag(self, diagonal=0):
    if self.dim() == 1:
        n = self.shape[0] + _py_abs(diagonal)
        out = zeros(n, n, dtype=self.dtype)
        for i in range(self.shape[0]):
            r, c = (i, i + diagonal) if diagonal >= 0 else (i - diagonal, i)
            out[r, c] = self[i]
        return out
    rows, cols = self.shape
    idx = [(i, i + diagonal) for i in range(rows) if 0 <= i + diagonal < cols]
    if not idx:
        return self.new_zeros(0) if hasattr(self, 'new_zeros') else zeros(0, dtype=self.dtype)
    return self[[i for i, _ in idx], [j for _, j in idx]]


def _trace(self):
    return _diag(self).sum()


def _roll(self, shifts, dims=None):
    if dims is None:
        return _roll(self.flatten(), shifts, 0).view(self.shape)
    if isinstance(shifts, (tuple, list)):
        out = self
        for s, d in zip(shifts, dims):
            out = _roll(out, s, d)
        return out
    if isinstance(dims, (tuple, list)):
        dims = dims[0]
    n = self.shape[dims]
    if n == 0:
        return self.clone()
    s = shifts % n
    if s == 0:
        return self.clone()
    return cat([self.narrow(dims, n - s, s), self.narrow(dims, 0, n - s)], dims)


def _take(self, index):
    return self.flatten()[index]


def _repeat_interleave(self, repeats, dim=None):
    x = self.flatten() if dim is None else self
    d = 0 if dim is None else dim % x.dim()
    if isinstance(repeats, Tensor):
        repeats = repeats.tolist()
    if not isinstance(repeats, (list, tuple)):
        repeats = [repeats] * x.shape[d]
    idx = []
    for i, r in enumerate(repeats):
        idx.extend([i] * r)
    return x.index_select(d, tensor(idx, dtype=int64))


def _where_method(self, condition, other):
    return where(condition, self, other)


def _std_mean(input, dim=None, *, correction=1, keepdim=False, unbiased=None):
    if unbiased is not None:
        correction = 1 if unbiased else 0
    if dim is None:
        return (input.std(correction=correction), input.mean())
    return (input.std(dim, correction=correction, keepdim=keepdim), input.mean(dim, keepdim=keepdim))


def _var_mean(input, dim=None, *, correction=1, keepdim=False, unbiased=None):
    if unbiased is not None:
        correction = 1 if unbiased else 0
    if dim is None:
        return (input.var(correction=correction), input.mean())
    return (input.var(dim, correction=correction, keepdim=keepdim), input.mean(dim, keepdim=keepdim))


def _argwhere(input):
    return _native_nonzero(input)


def where(condition, input=None, other=None):
    if input is None and other is None:
        return _native_nonzero(condition, as_tuple=True)
    return _native_where(condition, input, other)


def cat(tensors, dim=0, *, axis=None, out=None):
    tensors = list(tensors)
    if len(tensors) == 0:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    return _native_cat(tensors, axis if axis is not None else dim)


concat = cat
concatenate = cat


def vstack(tensors):
    return cat([t.unsqueeze(0) if t.dim() < 2 else t for t in tensors], 0)


def hstack(tensors):
    tensors = list(tensors)
    return cat(tensors, 0 if tensors[0].dim() == 1 else 1)


def outer(input, vec2):
    return input.unsqueeze(1) * vec2.unsqueeze(0)


ger = outer


def result_type(tensor1, tensor2):
    a = tensor1 if isinstance(tensor1, Tensor) else tensor(tensor1)
    b = tensor2 if isinstance(tensor2, Tensor) else tensor(tensor2)
    return (zeros(1, dtype=a.dtype) + zeros(1, dtype=b.dtype)).dtype if (a.dim() > 0) == (b.dim() > 0) else (a + b).dtype


def promote_types(type1, type2):
    return (zeros(1, dtype=type1) + zeros(1, dtype=type2)).dtype


for _name, _fn in [('any', _any), ('all', _all), ('amax', _amax), ('amin', _amin), ('cumprod', _cumprod),
                   ('logsumexp', _logsumexp), ('count_nonzero', _count_nonzero), ('isfinite', _isfinite),
                   ('isposinf', _isposinf), ('isneginf', _isneginf), ('nan_to_num', _nan_to_num), ('isclose', _isclose),
                   ('unique', _unique), ('flip', _flip), ('tril', _tril), ('triu', _triu), ('diag', _diag), ('trace', _trace),
                   ('roll', _roll), ('take', _take), ('repeat_interleave', _repeat_interleave), ('argwhere', _argwhere)]:
    setattr(Tensor, _name, _fn)
any = _any
all = _all
amax = _amax
amin = _amin
cumprod = _cumprod
logsumexp = _logsumexp
count_nonzero = _count_nonzero
isfinite = _isfinite
isposinf = _isposinf
isneginf = _isneginf
nan_to_num = _nan_to_num
isclose = _isclose
unique = _unique
flip = _flip
tril = _tril
triu = _triu
diag = _diag
trace = _trace
roll = _roll
take = _take
repeat_interleave = _repeat_interleave
argwhere = _argwhere
Tensor.where = _where_method
Tensor.is_floating_point = lambda self: self.dtype.is_floating_point
Tensor.clip = Tensor.clamp
Tensor.clip_ = Tensor.clamp_
clip = clamp
std_mean = _std_mean
var_mean = _var_mean
"""#
}
