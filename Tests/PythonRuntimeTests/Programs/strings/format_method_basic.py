# str.format positional and keyword basics.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {0[0]}'.format(['x', 'y']), '{d[key]}'.format(d={'key': 'v'}))
print('{p.real} {p.imag}'.format(p=3 + 4j))
print('{{literal}} {}'.format(1))
print('{:>5}|{:<5}|{:^5}'.format('r', 'l', 'c'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
