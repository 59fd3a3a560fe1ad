/// `collections`: OrderedDict, defaultdict (native, in HelperModule), Counter, deque, namedtuple, ChainMap — written in Python as CPython largely does.
enum CollectionsModule {
  /// Python source run on first `import collections`.
  static let source = ##"""
from _stdlib import defaultdict, set_constructor, new_tuple as _new_tuple, new_dict as _new_dict
import operator as _op
_getitem = _op.getitem

class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(self)
        key = keys[-1] if last else keys[0]
        return (key, dict.pop(self, key))
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented
    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
    __hash__ = None
    def copy(self):
        return type(self)(self)

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(self.values())
    def most_common(self, n=None):
        items = sorted(self.items(), key=_op.itemgetter(1), reverse=True)
        return items if n is None else items[:n]
    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    dict.__setitem__(self, elem, self[elem] + count)
            else:
                for elem in iterable:
                    dict.__setitem__(self, elem, self[elem] + 1)
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    dict.__setitem__(self, elem, self[elem] - count)
            else:
                for elem in iterable:
                    dict.__setitem__(self, elem, self[elem] - 1)
        if kwds:
            self.subtract(kwds)
    def copy(self):
        return Counter(self)
    def __delitem__(self, elem):
        if elem in self:
            dict.pop(self, elem)
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        d = {}
        for k, v in self.most_common():
            d[k] = v
        return '%s(%r)' % (type(self).__name__, d)
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)
    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
    __hash__ = None
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result
    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

def _counter_new(cls, *args, **kwds):
    self = _new_dict(cls)
    self.__init__(*args, **kwds)
    return self

set_constructor(Counter, _counter_new)

class _TupleGetter:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _getitem(instance, self._index)
    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")
    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self._maxlen = maxlen
        for x in iterable:
            self.append(x)
    @property
    def maxlen(self):
        return self._maxlen
    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]
    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()
    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)
    def extend(self, it):
        for x in list(it):
            self.append(x)
    def extendleft(self, it):
        for x in list(it):
            self.appendleft(x)
    def rotate(self, n=1):
        k = len(self._items)
        if k:
            n = n % k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]
    def clear(self):
        self._items.clear()
    def count(self, x):
        return self._items.count(x)
    def index(self, x, *args):
        return self._items.index(x, *args)
    def remove(self, x):
        self._items.remove(x)
    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)
    def reverse(self):
        self._items.reverse()
    def copy(self):
        return deque(self._items, self._maxlen)
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return iter(list(self._items))
    def __reversed__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __setitem__(self, i, v):
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items == other._items
        return NotImplemented
    def __add__(self, other):
        return deque(self._items + list(other), self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)
    __hash__ = None

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    def _make(cls, iterable):
        result = _new_tuple(cls, tuple(iterable))
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result
    def __new__(cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(f'{typename}.__new__() takes {num_fields + 1} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: " + ' and '.join(repr(m) for m in missing))
        if kwargs:
            k = list(kwargs)[0]
            if k in field_names:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{k}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{k}'")
        return _new_tuple(cls, tuple(values))
    def _replace(self, **kwds):
        values = [kwds.pop(name, getattr(self, name)) for name in field_names]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)._make(values)
    def __repr__(self):
        return typename + '(' + ', '.join('%s=%r' % (n, v) for n, v in zip(field_names, tuple(self))) + ')'
    def _asdict(self):
        return dict(zip(field_names, tuple(self)))
    def __getnewargs__(self):
        return tuple(self)
    def __setattr__(self, name, value):
        if name in field_names:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{typename}' object has no attribute '{name}'")
    ns = {'__slots__': (), '_fields': field_names, '_field_defaults': field_defaults,
          '_make': classmethod(_make), '_replace': _replace, '__repr__': __repr__,
          '_asdict': _asdict, '__getnewargs__': __getnewargs__, '__setattr__': __setattr__}
    for index, name in enumerate(field_names):
        ns[name] = property(_op.itemgetter(index), doc=f'Alias for field number {index}')
    cls = type(typename, (tuple,), ns)
    set_constructor(cls, __new__)
    return cls

class UserDict(dict):
    pass

class UserList(list):
    pass

class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]
    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)
    def get(self, key, default=None):
        return self[key] if key in self else default
    def __contains__(self, key):
        return any(key in m for m in self.maps)
    def __setitem__(self, key, value):
        self.maps[0][key] = value
    def __len__(self):
        return len(set().union(*self.maps))
    def __iter__(self):
        d = {}
        for m in reversed(self.maps):
            d.update(dict.fromkeys(m))
        return iter(d)
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'
"""##
}
