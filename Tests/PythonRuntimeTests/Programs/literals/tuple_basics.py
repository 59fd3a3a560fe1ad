# Tuples: immutability, packing, comparison.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a + b + c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print(t + (4,), t * 2, t.index(2), t.count(3))
print((1, 'a', [2]))
try:
    t[0] = 9
except TypeError as e:
    print(e)
single = (5,)
print(single, (5), ())
print(tuple('abc'), tuple(range(3)))
print(hash((1, 2)) == hash((1, 2)))
