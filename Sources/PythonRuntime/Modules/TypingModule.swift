/// `typing`: names that can be imported and subscripted; annotations have no effect at run time.
enum TypingModule {
  /// Python source run on first `import typing`.
  static let source = ##"""
class _SpecialForm:
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args or ()
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _SpecialForm(self._name, params)
    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate typing.{self._name}')
    def __or__(self, other):
        return _SpecialForm('Union', (self, other))
    def __ror__(self, other):
        return _SpecialForm('Union', (other, self))
    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        def r(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            if a is None or a is type(None):
                return 'None'
            if isinstance(a, list):
                return '[' + ', '.join(r(x) for x in a) + ']'
            return repr(a)
        return 'typing.%s[%s]' % (self._name, ', '.join(r(a) for a in self.__args__))
    def __eq__(self, other):
        return isinstance(other, _SpecialForm) and self._name == other._name and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self._name)

Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Tuple = _SpecialForm('Tuple')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Sequence = _SpecialForm('Sequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
MutableSequence = _SpecialForm('MutableSequence')
Type = _SpecialForm('Type')
Generator = _SpecialForm('Generator')
Literal = _SpecialForm('Literal')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Deque = _SpecialForm('Deque')
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
NoReturn = _SpecialForm('NoReturn')
Annotated = _SpecialForm('Annotated')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
AbstractSet = _SpecialForm('AbstractSet')
ByteString = _SpecialForm('ByteString')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Text = str
AnyStr = _SpecialForm('AnyStr')
TYPE_CHECKING = False

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
    def __repr__(self):
        return '~' + self.__name__

class Generic:
    def __class_getitem__(cls, params):
        return cls

class Protocol:
    def __class_getitem__(cls, params):
        return cls

def NamedTuple(typename, fields=None, **kwargs):
    import collections
    fields = fields if fields is not None else list(kwargs.items())
    return collections.namedtuple(typename, [f[0] for f in fields])

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def no_type_check(f):
    return f

def runtime_checkable(cls):
    return cls

def get_type_hints(obj):
    return dict(getattr(obj, '__annotations__', {}))

def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict
"""##
}
