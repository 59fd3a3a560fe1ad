# map and filter.
print(list(map(int, ['1', '2', '3'])), list(map(len, ['a', 'bb'])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.strip, [' a ', 'b '])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, '', 'a', [], [0], None, 3])))
print(list(filter(str.isdigit, ['1', 'a', '22'])))
print(list(map(pow, [2, 3], [10, 2], [1000, 5])))
print(type(map(int, [])).__name__, type(filter(None, [])).__name__)
