# Shortest round-tripping float repr.
values = [0.1 + 0.2, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
          1.5e300, 5e-324, 1.0, 100.0, 2.5, -0.0, 3.14159, 1e22, 1e23, 0.3]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3)
print(round(0.1 + 0.2, 10) == round(0.3, 10))
print(float(10**16), float(2**53), float(2**53 + 1))
print(1e16 + 1, 9007199254740993)
print([0.1, 0.2, 1e100, -1e-100])
