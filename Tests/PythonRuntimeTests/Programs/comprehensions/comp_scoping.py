# Comprehension variables do not leak.
x = 'outer x'
squares = [x * x for x in range(4)]
print(x, squares)
i = 'i before'
d = {i: i for i in range(2)}
print(i, d)
def f():
    n = 10
    return [n + k for k in range(3)]
print(f())
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(e)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
