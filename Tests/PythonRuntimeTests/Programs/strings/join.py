# str.join.
print(', '.join(['a', 'b', 'c']))
print(''.join('xyz'), '-'.join('abc'), '|'.join([]), '+'.join(['solo']))
print(' '.join(str(n) for n in range(5)))
print('\n'.join(['line1', 'line2']))
print('é'.join(['a', 'b']), ', '.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
print(b'-'.join([b'a', b'b']))
