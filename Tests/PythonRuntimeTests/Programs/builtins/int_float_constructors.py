# int() and float() constructors.
print(int(), int(3.99), int(-3.99), int('  -17  '), int('1010', 2), int('ff', 16), int('0o17', 0), int(True))
print(int('z', 36), int('10', base=8), int('٣'), int('1_000_000'), int(b'42'))
print(float(), float(3), float('  -1.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('1e500'))
print(float('16'), float(' 1_000.5 '), float(True))
for bad in ['', '1.5', '1e3', 'abc', '0x', '1__0', '12 3']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ['', 'x1.0', '1.0.0', '1e']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
