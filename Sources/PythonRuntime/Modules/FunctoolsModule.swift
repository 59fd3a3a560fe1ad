/// `functools`: reduce, partial, lru_cache/cache, wraps, cmp_to_key, total_ordering, cached_property, written in Python.
enum FunctoolsModule {
  /// Python source run on first `import functools`.
  static let source = ##"""
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords
    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)
    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        return f'functools.partial({", ".join(args)})'

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator

class _CacheInfo(tuple):
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)
    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_initial_missing,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

class _LruWrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        for attr in WRAPPER_ASSIGNMENTS:
            try:
                setattr(self, attr, getattr(func, attr))
            except AttributeError:
                pass
    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if self._maxsize is None or self._maxsize > 0:
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)
    def cache_info(self):
        return _CacheInfo((self._hits, self._misses, self._maxsize, len(self._cache)))
    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0
    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _LruWrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        return _LruWrapper(user_function, maxsize, typed)
    return decorating_function

def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)

def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def total_ordering(cls):
    def _lt(self, other):
        return self.__lt__(other)
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    def from_lt():
        def le(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (r or self == other)
        def gt(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def ge(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else not r
        return {'__le__': le, '__gt__': gt, '__ge__': ge}
    def from_le():
        def lt(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (r and self != other)
        def gt(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else not r
        def ge(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (not r or self == other)
        return {'__lt__': lt, '__gt__': gt, '__ge__': ge}
    def from_gt():
        def lt(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def ge(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (r or self == other)
        def le(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else not r
        return {'__lt__': lt, '__ge__': ge, '__le__': le}
    def from_ge():
        def le(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (not r or self == other)
        def gt(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (r and self != other)
        def lt(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else not r
        return {'__le__': le, '__gt__': gt, '__lt__': lt}
    table = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}
    for name, fn in table[root]().items():
        if name not in roots:
            setattr(cls, name, fn)
    return cls

def singledispatch(func):
    registry = {}
    def dispatch(cls):
        for t in cls.__mro__:
            if t in registry:
                return registry[t]
        return func
    def wrapper(*args, **kw):
        return dispatch(args[0].__class__)(*args, **kw)
    def register(cls, f=None):
        if f is None:
            return lambda f: register(cls, f)
        registry[cls] = f
        return f
    wrapper.register = register
    return wrapper

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attrname = name
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val
"""##
}
