# TypeError messages for bad calls.
def f(a, b):
    return a + b
calls = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3),
         lambda: f(), lambda: len(), lambda: len(1, 2)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
def g(x, y=1, *, z):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, b, c):
    pass
try:
    h(1)
except TypeError as e:
    print(e)
