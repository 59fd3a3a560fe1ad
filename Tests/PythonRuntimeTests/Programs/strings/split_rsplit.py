# split and rsplit with and without separators.
s = '  the  quick brown\tfox\n jumps  '
print(s.split())
print(s.split(' '))
print(s.split(None, 2), s.rsplit(None, 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '))
print('a::b::c'.split('::'), 'abc'.split('abc'), 'x'.split('y'))
print('1 2 3'.split(maxsplit=1), '1 2 3'.rsplit(maxsplit=1))
print('a\x0bb\x0cc\x1cd'.split())
print('k=v=w'.split('=', 1), 'k=v=w'.rsplit('=', 1))
