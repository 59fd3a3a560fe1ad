# String operations at the edges.
print(repr(''[0:0]), repr('abc'[3:]), repr('abc'[-10:-20]), 'abc'[-1], 'abc'[::-1][0])
print(''.join([]) == '', 'a' * 0 == '', len('\U0010FFFF'), repr('\u00ff'))
try:
    'abc'[1] = 'x'
except TypeError as e:
    print(e)
try:
    del 'abc'[0]
except TypeError as e:
    print(e)
print('x'.center(0), repr('x'.ljust(-5)), 'abc'.split('b', -100))
