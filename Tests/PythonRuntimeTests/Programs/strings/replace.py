# str.replace with counts and edge cases.
s = 'one fish two fish red fish'
print(s.replace('fish', 'cat'))
print(s.replace('fish', 'cat', 2))
print(s.replace('fish', 'cat', 0), s.replace('fish', 'cat', -1))
print('aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), 'héllo'.replace('é', 'e'))
print('abc'.replace('x', 'y'), 'a.b.c'.replace('.', ''))
