# KeyError reprs keys.
keys = ['name', 42, 3.5, (1, 'a'), '', "quote'd", None, frozenset(), b'raw', True]
for k in keys:
    try:
        {}[k]
    except KeyError as e:
        print(f'{e!s:16} {e!r}')
try:
    {'a': 1}['b']
except LookupError as e:
    print(type(e).__name__, e.args)
