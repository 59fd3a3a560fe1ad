# dict views behave like sets for keys and items.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
d['d'] = 4
print(k, len(k), 'd' in k)
print(sorted(k & {'a', 'x'}), sorted(k | {'z'}), sorted(k - {'a'}))
print(list(d.items())[0], ('a', 1) in d.items(), 1 in d.values())
print(list(reversed(d.values())))
