# Deep but non-recursive data structures.
nested = []
cur = nested
for i in range(500):
    nxt = []
    cur.append(nxt)
    cur = nxt
depth = 0
cur = nested
while cur:
    cur = cur[0]
    depth += 1
print(depth)
big = list(range(100000))
print(sum(big), len(big), big[-1], big[::25000])
d = {i: i * i for i in range(50000)}
print(len(d), d[49999], sum(d.values()) % 1000007)
s = 'x' * 1000000
print(len(s), s.count('x'), len(s.replace('x', 'yy')))
