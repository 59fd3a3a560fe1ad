# iter and next with default values.
it = iter([10, 20])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
e = iter('')
print(next(e, 'empty'))
try:
    next('not an iterator')
except TypeError as err:
    print(err)
try:
    iter(42)
except TypeError as err:
    print(err)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter(set())).__name__)
