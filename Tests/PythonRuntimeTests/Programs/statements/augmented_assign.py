# Augmented assignment for every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
x /= 4; print(x)
s = 'ab'; s += 'cd'; s *= 2; print(s)
l = [1]; alias = l; l += [2]; print(l, alias, l is alias)
t = (1,); alias = t; t += (2,); print(t, alias, t is alias)
d = {'n': 0}
for _ in range(3):
    d['n'] += 2
print(d)
