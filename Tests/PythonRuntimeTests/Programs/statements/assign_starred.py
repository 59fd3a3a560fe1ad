# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
[*everything] = (9, 8)
print(everything)
head, *_ = 'x'
print(head, _)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as err:
    print(err)
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2})
