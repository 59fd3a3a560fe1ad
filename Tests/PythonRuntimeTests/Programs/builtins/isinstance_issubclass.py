# isinstance and issubclass with tuples and built-in types.
vals = [1, 1.0, True, 'x', b'x', [1], (1,), {1: 1}, {1}, None, len, int]
for v in vals:
    print(repr(v) if not callable(v) else getattr(v, '__name__'),
          isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple)), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(dict, dict), issubclass(list, tuple))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
