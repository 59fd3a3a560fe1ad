# Object identity without printing id().
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(type(id(a)).__name__, id(a) > 0)
x = None
print(id(x) == id(None))
