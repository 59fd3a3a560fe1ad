# namedtuple.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), len(p), p == (1, 2))
print(p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p + (3,), sum(p))
Person = namedtuple('Person', 'name age city', defaults=['Nowhere'])
print(Person('Ann', 30), Person('Bob', 40, 'Paris'), Person._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print(e)
print(isinstance(p, tuple), type(p).__name__, sorted([Point(2, 1), Point(1, 5)]))
