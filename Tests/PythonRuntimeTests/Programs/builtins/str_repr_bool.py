# str, repr and bool builtins.
for v in [1, 1.0, 'a', "it's", 'a"b', None, True, [1, '2'], (1,), {'k': None}, b'\n', 2**64]:
    print(str(v), repr(v), bool(v))
print(repr(repr('x')), str(str('y')))
print(bool(), str(), repr(''), repr("'"), repr('"'), repr('\'"'))
