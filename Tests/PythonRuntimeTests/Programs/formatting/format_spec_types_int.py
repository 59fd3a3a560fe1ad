# Integer presentation types.
for n in [0, 10, 255, -255, 2**33]:
    print(f'{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#X} {n:d} {n:n} {n:c}' if 32 <= n < 0x110000 else
          f'{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#X} {n:d} {n:n}')
print(f'{42:e} {42:f} {42:g} {42:%} {42:.2e}')
print(f'{65:c}{97:c}', format(True, 'd'), format(True, ''), format(True, '>6'))
print(f'{255:#010x} {255:#010b} {-5:#06x}')
