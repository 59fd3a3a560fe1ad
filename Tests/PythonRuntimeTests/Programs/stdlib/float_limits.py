# math and sys numeric limits used in calculations.
import math, sys
eps = sys.float_info.epsilon
print(eps, 1.0 + eps > 1.0, 1.0 + eps / 2 == 1.0)
print(sys.float_info.max, sys.float_info.min, sys.float_info.mant_dig)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, 1.0))
print(sys.maxsize, -sys.maxsize - 1)
