# While loops computing sequences.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)])
print(collatz(27))
a, b = 0, 1
count = 0
while b < 10**50:
    a, b = b, a + b
    count += 1
print(count, b)
