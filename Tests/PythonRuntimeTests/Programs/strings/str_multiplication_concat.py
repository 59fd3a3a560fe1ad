# String repetition and concatenation rules.
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, repr('' * 100))
print('-' * 20)
print('a' + 'b' + 'c', 'a' 'b')
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'a' * 2.0
except TypeError as e:
    print(e)
print(str(1) + str(2), int('1') + int('2'))
s = ''
for w in ['x', 'y', 'z']:
    s += w
print(s, s * True)
