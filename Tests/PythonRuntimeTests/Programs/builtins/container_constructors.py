# list, tuple, dict, set constructors.
print(list(), list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), list({3, 1, 2}))
print(tuple(), tuple([1, 2]), tuple('xy'), tuple(x for x in range(3)))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=0), dict(zip('ab', [1, 2])))
print(set(), set([3, 1, 3]), set(range(4)), frozenset([2, 1]), sorted(set('hello')))
l = [1, 2]
copy = list(l)
copy.append(3)
print(l, copy, list(l) is l, tuple(t := (1, 2)) is t)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
