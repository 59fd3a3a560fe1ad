# Tuple and list unpacking targets.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), g = [3, 4], 5
print(e, f, g)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
x, = [42]
print(x)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    p, q, r = [1, 2]
except ValueError as err:
    print(err)
try:
    p, q = 5
except TypeError as err:
    print(err)
