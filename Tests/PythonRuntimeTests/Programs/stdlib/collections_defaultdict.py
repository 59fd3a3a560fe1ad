# defaultdict.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for c in 'mississippi':
    counts[c] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print(nested['a']['x'], 'b' in nested, nested.default_factory is not None)
d = defaultdict(None)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(set), defaultdict(int, {'a': 1}))
