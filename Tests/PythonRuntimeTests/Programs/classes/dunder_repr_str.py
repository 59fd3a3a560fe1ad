# __repr__ and __str__ and where each is used.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'a')
print(p)
print(repr(p), str(p))
print([p], (p,), {'k': p})
print(f'{p} {p!r}')
print('%s %r' % (p, p))
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
