# find, rfind, index, rindex.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('xyz'), s.rfind('xyz'))
print(s.find('o'), s.find('o', 5), s.find('o', 5, 7), s.rfind('o', 0, 10))
print(s.find(''), s.rfind(''), s.find('', 100), len(s))
print(s.index('world'), s.rindex('o'))
try:
    s.index('java')
except ValueError as e:
    print(e)
try:
    s.rindex('java')
except ValueError as e:
    print(e)
print('añb日'.find('日'), 'añb日'.index('b'))
print(s.find('l', -5), s.find('h', -100))
