# Chained comparisons evaluate each operand at most once.
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))  # short-circuits after the first False
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 0, 'a' < 'b' <= 'b', [1] == [1] is not None)
print(2 in [1, 2] in [[1, 2]])
