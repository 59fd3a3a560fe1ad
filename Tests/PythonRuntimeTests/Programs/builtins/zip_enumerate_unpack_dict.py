# Building dicts from zip and enumerate.
keys = ['a', 'b', 'c']
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d, {v: k for k, v in d.items()})
print(dict(enumerate(keys)), dict(enumerate(keys, 1)))
print(list(zip(*d.items())))
print(sorted(zip(vals, keys), reverse=True))
