# !r !s !a conversions in f-strings and str.format.
class P:
    def __str__(self): return 'str-form'
    def __repr__(self): return 'repr-form'
    def __format__(self, spec): return f'format({spec!r})'
p = P()
print(f'{p} {p!s} {p!r} {p:xyz} {p!s:>10} {p!r:^12}')
print('{0} {0!s} {0!r} {0:q}'.format(p))
s = 'café\n'
print(f'{s!r} {s!a} {s!s}', end='|\n')
print(f'{"quoted"!r:>12}|')
print('{!r}'.format([1.0, 'x']))
