# Common math functions.
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.pow(2, 10), math.exp(1), math.exp(0), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(10**100))
print(math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.factorial(20), math.factorial(0), math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(10, 3), math.perm(5), math.comb(100, 50))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.modf(3.5), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
