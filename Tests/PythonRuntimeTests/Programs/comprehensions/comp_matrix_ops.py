# Matrix operations with comprehensions.
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
T = [list(col) for col in zip(*A)]
print(T)
P = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(P)
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
print([sum(row) for row in P], [max(col) for col in zip(*P)])
flat = [v for row in P for v in row]
print(flat, sum(flat))
