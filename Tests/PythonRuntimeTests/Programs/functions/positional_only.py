# Positional-only parameters before /.
def pos(a, b, /, c, *, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3), pos(1, 2, c=3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)
def kw_collide(name, /, **kw):
    return name, kw
print(kw_collide('x', name='y'))
def only(x, /):
    return x * 2
print(only(21))
try:
    only(x=1)
except TypeError as e:
    print(e)
