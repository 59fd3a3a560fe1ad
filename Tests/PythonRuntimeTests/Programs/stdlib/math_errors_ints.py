# math functions on integers and error cases.
import math
print(math.floor(10**30 + 0.0) == 10**30, type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.gcd(2**100, 6**50), math.isqrt(2**200), math.factorial(30))
print(math.log(2**1000, 2), math.log2(2**1000), math.ceil(1e20))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, 2.5), (math.isqrt, -1)]:
    try:
        fn(arg)
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
