# Functions as values.
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in ['+', '-', '*']:
    print(sym, ops[sym](7, 3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
pipeline = compose(str, abs, lambda n: n - 10)
print(repr(pipeline(3)))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
print(list(map(str.upper, ['a', 'b'])), list(filter(None, [0, 1, '', 'x'])))
