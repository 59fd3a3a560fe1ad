# Closures capture variables, nonlocal rebinds them.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def make_multipliers():
    return [lambda v, n=n: v * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(late_binding())
print(c1.__closure__[0].cell_contents)
