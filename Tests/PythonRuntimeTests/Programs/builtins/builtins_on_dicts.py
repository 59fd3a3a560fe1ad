# Builtins applied to dicts iterate over keys.
d = {'b': 2, 'a': 1, 'c': 3}
print(len(d), list(d), sorted(d), max(d), min(d, key=d.get), sum(d.values()))
print(any(d), all(d), 'a' in d, list(reversed(d)), list(enumerate(d)))
print(sorted(d.items(), key=lambda kv: kv[1]), dict(sorted(d.items())))
print(list(map(d.get, 'abz')), list(filter(lambda k: d[k] > 1, d)))
