# type() with one and three arguments.
for v in [1, 1.5, 'x', None, [], (), {}, set(), len, type, range(1), 1j, b'', ..., NotImplemented]:
    print(type(v).__name__, type(v))
Point = type('Point', (object,), {'x': 0, 'norm': lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), type(p) is Point, Point.__mro__[1].__name__)
print(type(Point), type(1) is int, type(True) is bool, type(True) is int)
