# %-formatting of integers: d i x X o with width and flags.
for n in [0, 7, -42, 255, 2**40]:
    print('[%d] [%i] [%5d] [%-5d|] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o]'
          % (n, n, n, n, n, n, n, n, n, n, n, n))
print('%.3d|%8.3d|%-8.3d|' % (5, 5, -5))
print('%d %d' % (3.99, -3.99), '%x' % 255, '%c%c' % (65, 'b'))
print('%*d|%-*d|' % (6, 42, 6, 42), '%.*f' % (2, 3.14159))
print('%5s|%-5s|%.2s|' % ('ab', 'ab', 'abcdef'))
