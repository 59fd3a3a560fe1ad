# Substring membership.
s = 'The quick brown fox'
for sub in ['quick', 'Quick', '', 'fox ', ' ', 'The quick brown fox', 'x']:
    print(repr(sub), sub in s)
try:
    print(1 in 'abc')
except TypeError as e:
    print(e)
print('é' in 'café', 'fe' in 'café')
