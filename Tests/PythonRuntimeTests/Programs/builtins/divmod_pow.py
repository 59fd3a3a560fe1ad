# divmod and 3-argument pow.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(2**100, 7**20))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 10**6, 10**9 + 7), pow(7, -1, 13), pow(5, 0, 1), pow(-3, 3, 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
