# Swapping, rotating and multiple return unpacking.
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, 2, 9, 1])
print(lo, hi)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p, q)
