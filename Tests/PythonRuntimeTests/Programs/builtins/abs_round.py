# abs and round, including banker's rounding and ndigits.
print(abs(-5), abs(5.5), abs(-0.0), abs(-2**100), abs(3 - 4j), abs(True))
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(3.0), type(round(3.7)).__name__, type(round(3.7, 0)).__name__, round(3.7, 0))
print(round(7, 2), round(2**70 + 1, -10), round(1e300, 2), round(0.5, 0), round(-0.0))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
