# Generators produce values lazily.
def squares(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i * i
    print('end')
g = squares(3)
print('created')
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
