# Truth value testing of built-in objects.
things = [0, 1, -1, 0.0, 0.5, 0j, '', ' ', [], [[]], (), {}, {0: 0}, set(), range(0), range(1), None, b'', b'\x00']
for t in things:
    print(repr(t), bool(t))
class Falsy:
    def __len__(self):
        return 0
print(bool(Falsy()), 'yes' if Falsy() else 'no')
