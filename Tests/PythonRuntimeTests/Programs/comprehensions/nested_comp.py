# Nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(4) for j in range(i + 1, 4)])
words = ['ab', 'cde']
print([c for w in words for c in w])
print({w: [c.upper() for c in w] for w in words})
print([[y for y in range(x)] for x in range(4)])
