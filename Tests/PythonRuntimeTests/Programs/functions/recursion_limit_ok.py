# Moderately deep recursion stays within the default limit.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(l):
    return 0 if not l else l[0] + sum_list(l[1:])
print(sum_list(list(range(500))))
print(sys.getrecursionlimit())
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2**64, 6**20), gcd(17, 5))
