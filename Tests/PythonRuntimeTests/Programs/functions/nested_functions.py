# Nested function definitions and their names.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
print(outer(1)(2).__qualname__)
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return {f.__name__: f for f in (add, sub)}
ops = make_ops()
print(sorted(ops), ops['sub'](10, 4))
