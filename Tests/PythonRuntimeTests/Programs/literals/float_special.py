# inf, nan and signed zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('NaN'))
print(repr(inf), repr(nan), [inf, nan])
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, 1 / inf)
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0))
print(0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(1e308 * 10, -1e308 * 10)
import math
print(math.isinf(inf), math.isnan(nan), math.copysign(1, -0.0))
print(nan in [nan], nan is nan)
print(sorted([3.0, -0.0, 0.0, -1.5]))
