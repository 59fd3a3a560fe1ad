# Sets of small ints print in a deterministic order.
s = {5, 3, 1, 3, 5}
print(s, len(s))
s.add(2); s.discard(9); s.remove(5)
print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([6]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.isdisjoint({7}))
print(sorted({'pear', 'apple', 'fig'}))
print(frozenset([1, 2]) == {1, 2}, set() == frozenset())
print(set(range(5)), set())
x = {0}
print(x.pop(), x)
