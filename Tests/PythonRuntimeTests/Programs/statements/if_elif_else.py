# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        return 'even'
    else:
        return 'odd'
for n in [-5, 0, 4, 7]:
    print(n, classify(n))
for v in [0, 1, '', 'a', [], [0], None, 0.0]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
if 1:
    if 0:
        print('no')
    else:
        print('nested else')
