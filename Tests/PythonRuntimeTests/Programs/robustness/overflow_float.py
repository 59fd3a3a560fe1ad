# Float overflow, huge ints to float, and int/float conversions.
import math
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
for fn in [lambda: float(2**1024), lambda: 2**1024 / 1, lambda: math.exp(710), lambda: 10.0 ** 400, lambda: int(1e400)]:
    try:
        print(fn())
    except OverflowError as e:
        print('OverflowError:', e)
print(float(2**1023), 2**1024 // 2**1000, (2**1024) / (2**1000))
print(int(1e18), int(1.5e300) == 15 * 10**299, int(1.5e300) % 10**6)
