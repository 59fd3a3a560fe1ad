# Generators passed to builtins that consume them.
words = ['delta', 'Alpha', 'charlie', 'Bravo']
print(sorted(w.lower() for w in words))
print(max((len(w), w) for w in words))
print(min((w for w in words), key=len))
print(dict((w[0], len(w)) for w in words))
print(''.join(reversed([w[0] for w in words])))
print(list(enumerate(w for w in words if 'a' in w)))
print(tuple(x for x in range(10) if x % 3 == 0))
