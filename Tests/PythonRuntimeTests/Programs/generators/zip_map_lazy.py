# map, filter and zip are lazy.
def noisy(x):
    print('mapping', x)
    return x * 10
m = map(noisy, [1, 2, 3])
print('map created')
print(next(m))
print(list(m))
def gen(tag, n):
    for i in range(n):
        print(tag, i)
        yield i
print(list(zip(gen('a', 3), gen('b', 2))))
print(list(map(pow, [2, 3], [3, 2, 99])))
