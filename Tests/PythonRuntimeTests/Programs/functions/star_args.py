# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6, *range(2)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def show(*args, sep='-'):
    return sep.join(map(str, args))
print(show(1, 2, 3), show('a', 'b', sep='+'))
print(max(*[3, 9, 2]), print(*'abc', sep='|'))
