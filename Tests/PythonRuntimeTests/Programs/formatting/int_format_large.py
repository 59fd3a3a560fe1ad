# Formatting very large integers.
n = 2**100
print(f'{n:,}', f'{n:x}', f'{n:o}', f'{n:e}', f'{n:.3e}')
print(f'{n:>40}|', f'{-n:_}', f'{n:#b}'[:20])
print('%d' % n, '%x' % n, '%e' % n, '%.2g' % n)
print(format(10**25, ',.2f'), float(10**25))
print(f'{3**60:g} {3**60:f}')
