# The outermost iterable of a generator expression is evaluated immediately.
def source():
    print('source evaluated')
    return [1, 2, 3]
g = (n * 2 for n in source())
print('generator created')
print(list(g))
try:
    g2 = (n for n in 5)
except TypeError as e:
    print('eager error:', e)
g3 = (1 / n for n in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print('lazy error:', e)
