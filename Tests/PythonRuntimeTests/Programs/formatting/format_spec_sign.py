# Sign options: + - space, and z (not in 3.11), negative zero.
for v in [5, -5, 0, 2.5, -2.5, -0.0]:
    print(f'[{v:+}] [{v:-}] [{v: }] [{v:+.1f}] [{v: .2f}]')
print(format(-0.0, '.1f'), format(0.0, '+.1f'), format(-1e-10, '.2f'))
print(f'{1.0:+g} {-1.0: g} {3:+d} {3: d} {-3: d}')
