# Unpacking inside for loops.
pairs = [(1, 'one'), (2, 'two')]
for num, name in pairs:
    print(num, name)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *others in ['abc', 'de']:
    print(first, others)
for i, (x, y) in enumerate(zip('ab', 'cd'), start=1):
    print(i, x, y)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for val in row:
        print(val, end=' ')
print()
