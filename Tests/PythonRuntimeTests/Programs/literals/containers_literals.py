# Container literals and their reprs.
print([], [1, 'a', None, 2.5], (), (1,), (1, 2), {}, {'a': 1, 'b': [2]})
print({3, 1, 2}, set(), frozenset({1}), frozenset())
print([[1, 2], [3]], ((1,),), {'k': (1, 2)})
print(type(()).__name__, type({}).__name__, type(set()).__name__)
d = {'z': 1, 'a': 2, 'm': 3}
print(list(d), d)
d['a'] = 9
print(d)
print({1: 'a', 1.0: 'b', True: 'c'})
print([1, [2, [3, [4]]]])
x = [1, 2]
x.append(x)
print(x)
print(repr('quote\'s'), ["it's", 'say "x"'])
