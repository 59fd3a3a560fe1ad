# chain, accumulate, groupby and friends.
from itertools import chain, accumulate, groupby, starmap, takewhile, dropwhile, zip_longest, compress, filterfalse, tee, pairwise
import operator
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
for key, grp in groupby('aaabccdaa'):
    print(key, list(grp))
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda kv: kv[0])])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(zip_longest('abc', [1], fillvalue='-')), list(compress('abcdef', [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, 0, 2])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise('abcd')))
