# Comprehension inside functions referencing enclosing names.
def table(n):
    return [[f'{i}x{j}={i * j}' for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(' '.join(row))
def make(k):
    return {i: [k * i for _ in range(i)] for i in range(3)}
print(make(2))
