# str() of many object types.
class C:
    def __str__(self):
        return 'custom str'
values = [0, -1, 1.5, 1e100, 2**70, True, None, [1, 'a'], ('x',), {'k': 'v'}, b'bytes', 'text', C(), 1 + 2j, range(3), ...]
for v in values:
    print(str(v))
print(str(), repr(str()), str('a', ) * 2)
