# functools.reduce and partial.
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
int2 = partial(int, base=2)
print(int2('1010'), int2('1111', base=10))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube_of_2 = partial(power, 2)
print(square(7), cube_of_2(3), square.func.__name__, square.keywords, cube_of_2.args)
