# Automatic versus manual field numbering.
print('{} {} {}'.format(1, 2, 3), '{2} {1} {0}'.format(1, 2, 3))
try:
    '{} {0}'.format(1)
except ValueError as e:
    print(e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(e)
print('{0:{1}}|'.format('x', 5), '{:{}}|'.format('y', 4))
print('{0.__class__.__name__}'.format(1.0), '{0[0][1]}'.format([[1, 2]]))
print('{a}{b}{a}'.format(a='-', b='+'), '{:%}'.format(0.5))
print(format_map := '{x}-{y}'.format_map({'x': 1, 'y': 2}))
