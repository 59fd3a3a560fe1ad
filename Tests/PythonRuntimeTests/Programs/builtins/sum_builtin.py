# sum with start values.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(1, 101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum(x * x for x in range(5)), sum([1, 2], start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
print(sum([2**64, 2**64]), sum([1e100, 1.0, -1e100]))
