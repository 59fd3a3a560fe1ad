# Numeric builtins on mixed types.
print(abs(-3), abs(-3.5), max(1, 2.5, -3), min(1, 2.5, -3), sum([1, 2.5]), round(2.5) + round(3.5))
print(int(2.9) + int(-2.9), float(7) / 2, complex(1) + 1)
print(pow(10, -2), 10 ** -2, 2 ** 0.5, (-8) ** (1 / 3))
print(divmod(7, 2.0), 7 // 2.0, 7 % 2.5)
print(bin(10) + hex(10) + oct(10))
