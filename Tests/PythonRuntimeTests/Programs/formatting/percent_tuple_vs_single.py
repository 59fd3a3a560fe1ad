# Right operand of % is a tuple, a mapping or a single value.
print('value: %s' % [1, 2])
print('value: %s' % {'a': 1})
print('%s-%s' % (1, 2))
t = (1, 2)
print('value: %s' % (t,))
try:
    print('value: %s' % t)
except TypeError as e:
    print(e)
print('no format args:', 'plain' % ())
try:
    'plain' % 5
except TypeError as e:
    print(e)
