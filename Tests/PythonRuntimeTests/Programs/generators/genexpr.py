# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__)
print(sum(g), sum(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(c.upper() for c in 'abc' if c != 'b'))
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in [1, -1]))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(', '.join(str(n) for n in range(4)))
print(sorted((n % 3, n) for n in range(7)))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
