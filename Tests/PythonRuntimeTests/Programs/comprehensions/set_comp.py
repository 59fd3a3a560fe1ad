# Set comprehensions (printed as small ints or sorted).
print({x % 5 for x in range(20)})
print({len(w) for w in 'a bb cc ddd e'.split()})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
s = {x * x for x in range(-2, 3)}
print(s, len(s))
print({n for n in range(10) if n % 2} - {1, 9})
print(sorted({c for c in 'mississippi'}))
