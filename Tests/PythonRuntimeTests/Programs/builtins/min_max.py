# min and max with key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('hello'), min('b', 'a', 'c'))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([], default='empty'), min((), default=None), max([5], default=0))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max([(1, 'b'), (1, 'a')]))
print(min([-5, 3, -1], key=abs), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max(2, 2.0), max(2.0, 2), min(1, True), max(0, False))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
