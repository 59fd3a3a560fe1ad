# enumerate with start and zip with uneven inputs.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate('ab', -1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(dict(zip(['x', 'y'], [1, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
for i, (a, b) in enumerate(zip('xy', 'XY'), 1):
    print(i, a, b)
print(enumerate('a').__class__.__name__, zip().__class__.__name__)
