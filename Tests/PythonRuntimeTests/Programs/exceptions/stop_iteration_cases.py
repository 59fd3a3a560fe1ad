# StopIteration and related protocol errors.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
def gen():
    yield 1
    raise StopIteration('inside generator')
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)
print(next(iter([]), 'default'))
