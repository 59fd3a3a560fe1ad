# reversed on sequences.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(''.join(reversed('héllo')), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
