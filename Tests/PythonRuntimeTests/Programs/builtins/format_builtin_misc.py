# format() builtin across types.
print(format(3), format(3, 'b'), format(3.5), format(3.5, 'e'), format('s'), format('s', '^5'))
print(format(1e-10), format(1e-10, 'f'), format(1e-10, '.12f'), format(12, '#o'))
print(format(10**20, ','), format(0.000012345, '.3g'), format(123.456, '.5'))
print(format(True), format(None), format(1 + 2j), format(1 + 2j, '.1f'))
