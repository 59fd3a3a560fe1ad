/// `copy`: shallow and deep copies of builtin containers and user objects (with a memo for cycles), written in Python.
enum CopyModule {
  /// Python source run on first `import copy`.
  static let source = ##"""
class Error(Exception):
    pass

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0))

def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    cp = getattr(cls, '__copy__', None)
    if cp is not None:
        return cp(x)
    if isinstance(x, dict):
        y = _new(cls)
        if y is None:
            y = cls(x)
        else:
            dict.update(y, x)
        _copy_state(x, y, False, None)
        return y
    if isinstance(x, list):
        y = _new(cls)
        list.extend(y, x)
        _copy_state(x, y, False, None)
        return y
    y = _new(cls)
    _copy_state(x, y, False, None)
    return y

def _new(cls):
    try:
        return object.__new__(cls)
    except TypeError:
        return None

def _copy_state(x, y, deep, memo):
    try:
        state = vars(x)
    except TypeError:
        return
    for k, v in list(state.items()):
        object.__setattr__(y, k, deepcopy(v, memo) if deep else v)

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        dc = getattr(x, '__deepcopy__', None)
        if dc is not None:
            y = dc(memo)
        elif isinstance(x, tuple):
            y = cls(deepcopy(a, memo) for a in x) if not hasattr(cls, '_make') else cls._make(deepcopy(a, memo) for a in x)
        else:
            y = _new(cls)
            if y is None:
                return x
            memo[d] = y
            if isinstance(x, dict):
                for k, v in x.items():
                    dict.__setitem__(y, deepcopy(k, memo), deepcopy(v, memo))
            elif isinstance(x, list):
                for a in x:
                    list.append(y, deepcopy(a, memo))
            _copy_state(x, y, True, memo)
    memo[d] = y
    return y
"""##
}
