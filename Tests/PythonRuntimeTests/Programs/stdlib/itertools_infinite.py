# count, cycle, repeat, islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), list(islice(repeat(0), 2)))
print(list(islice(range(20), 2, 12, 3)), list(islice('abcdef', 4)), list(islice('abcdef', 2, None)))
print(list(zip(count(1), 'xyz')), list(map(pow, range(4), repeat(2))))
print(count(3), repeat('a', 2))
