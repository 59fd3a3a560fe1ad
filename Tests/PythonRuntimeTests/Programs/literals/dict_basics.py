# dict methods preserve insertion order.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), 'a' in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get('x'), d.get('x', 0), d.setdefault('d', 4), d.setdefault('a', 100))
print(d.pop('b'), d.pop('zz', 'none'), d)
print(d.popitem(), d)
d.update({'a': 10, 'e': 5}, f=6)
print(d)
print(dict.fromkeys(['x', 'y'], 0))
print(d.keys(), d.values(), d.items())
print({**d, 'a': -1}, d | {'g': 7})
d2 = dict(d); d2.clear(); print(d2, d)
print(dict(zip('abc', range(3))), dict([('k', 'v')]))
