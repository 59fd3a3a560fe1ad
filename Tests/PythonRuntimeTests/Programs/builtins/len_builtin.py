# len on built-in containers.
print(len(''), len('héllo'), len([1, [2, 3]]), len((1,)), len({}), len({'a': 1}))
print(len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)))
print(len(b'\x00\x01'), len(bytearray(5)), len(frozenset('aab')))
print(len(range(-5, 5, -1)), len(range(5, -5, -2)), len(range(2**62)))
try:
    len(range(2**70))
except OverflowError as e:
    print(e)
try:
    len(42)
except TypeError as e:
    print(e)
