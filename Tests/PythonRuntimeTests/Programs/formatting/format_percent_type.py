# The % presentation type.
for v in [0, 0.5, 1, 0.12345, 1/3, -0.015, 2]:
    print(f'{v:%} {v:.0%} {v:.2%} {v:8.1%} {v:+.1%}')
print('{:.1%}'.format(7 / 9))
print(format(0.125, '.1%'), format(0.135, '.1%'), format(1e-9, '%'))
print(f'{0.5:_^12.1%}|{12345.678:,.1%}')
