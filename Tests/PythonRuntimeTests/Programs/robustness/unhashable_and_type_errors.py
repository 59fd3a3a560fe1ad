# Unhashable keys and call errors.
for bad in [[1], {'a': 1}, {1}, bytearray(b'x')]:
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(e)
values = [None, 'str', [1], 1]
for fn in [lambda v=v: v() for v in values]:
    try:
        fn()
    except TypeError as e:
        print(e)
