# range objects: repr, negative steps, indexing, slicing.
r = range(10, 0, -3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(range(5), range(2, 5), range(0, 10, 2), range(0), range(-3))
print(list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)))
print(range(0, 10, 3).index(6), range(0, 10, 3).count(9), 9 in range(0, 10, 3))
print(range(1, 7)[::2], range(1, 7)[10:], list(range(1, 7)[-2:]))
print(range(0, 5) == range(0, 6, 5) == range(0, 2, 5), range(0) == range(5, 5))
print(range(10).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(sum(range(101)), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
