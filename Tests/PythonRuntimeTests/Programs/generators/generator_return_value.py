# return inside a generator sets StopIteration.value.
def g():
    yield 'a'
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', e.value, 'args', e.args)
def delegator():
    v = yield from g()
    yield v * 2
print(list(delegator()))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
