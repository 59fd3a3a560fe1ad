# Iterators are single-use; iterables are not.
nums = [1, 2, 3]
it = iter(nums)
print(sum(it), sum(it))
g = (n for n in nums)
print(3 in g, list(g))
m = map(str, nums)
print(list(m), list(m))
z = zip('ab', 'cd')
print(list(z), list(z))
f = filter(None, [0, 1, 2])
print(next(f), list(f))
e = enumerate('xy')
print(next(e), list(e))
