# Comprehensions over larger ranges.
print(sum([i * i for i in range(1000)]))
print(len({i % 97 for i in range(10000)}))
print(sorted({i * i % 17 for i in range(100)}))
d = {i: str(i) for i in range(100)}
print(len(d), d[42], list(d)[-3:])
print(max(i * (100 - i) for i in range(101)))
print([n for n in range(1, 200) if n == sum(d for d in range(1, n) if n % d == 0)])
