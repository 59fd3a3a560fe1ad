# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print([0, 1, 2, 3, 4, 5][s], 'abcdefghijkl'[s])
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -2).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
l = list(range(10))
l[slice(0, 4)] = ['a']
print(l)
