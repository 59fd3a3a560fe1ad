# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-7, 3), (7, -3), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 3)
print(-(10**20) // 3, -(10**20) % 3)
print(7.5 // 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(-7.5, 2))
