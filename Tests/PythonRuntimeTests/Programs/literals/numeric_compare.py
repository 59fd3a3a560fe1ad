# Comparisons across numeric types.
print(1 == 1.0, 1 < 1.5, 2**100 > 1e30, 2**53 + 1 == float(2**53 + 1))
print(10**400 > float('inf'), -10**400 < float('-inf'))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(sorted([3, 1.5, True, 0, -2.25]))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(hash(1) == hash(1.0) == hash(True))
print(round(7 / 3, 3), 7 // 3 * 3 + 7 % 3)
