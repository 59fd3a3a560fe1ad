# Memoisation with default dict argument and function attribute.
def slow_square(n, _cache={}):
    if n in _cache:
        return 'cached ' + str(_cache[n])
    _cache[n] = n * n
    return _cache[n]
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.__defaults__[0].items()))
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
counted(); counted()
print(counted.calls)
