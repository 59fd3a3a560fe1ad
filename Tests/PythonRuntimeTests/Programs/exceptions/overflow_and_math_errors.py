# OverflowError and math domain errors.
import math
for fn in [lambda: 2.0 ** 5000, lambda: math.exp(1000), lambda: float(10 ** 400),
           lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1),
           lambda: int(float('inf')), lambda: int(float('nan')), lambda: 10 ** 400 / 1,
           lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        print(fn())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
