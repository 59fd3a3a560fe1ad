# A function with yield is a generator function.
def regular():
    return [1, 2]
def gen():
    yield 1
    yield 2
    return 'done'
print(type(regular()).__name__, type(gen()).__name__)
print(regular(), list(gen()))
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
