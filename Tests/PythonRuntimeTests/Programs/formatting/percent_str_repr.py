# %s, %r, %a and %%.
print('%s %r' % ('text', 'text'))
print('%s %r' % ([1, 'a'], [1, 'a']))
print('%a' % 'café', '%r' % 'café')
print('100%% sure, %d%%' % 50)
print('%s' % (1, ) , '%s' % [1, 2], '%s' % ((1, 2),))
print('%s and %s' % ('x', None), '%s' % b'b', '%r' % 1.0)
print('%-6s|%6r|' % ('ab', 'ab'))
try:
    print('%s %s' % ('only one',))
except TypeError as e:
    print(e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print(e)
try:
    print('%d' % 'x')
except TypeError as e:
    print(e)
