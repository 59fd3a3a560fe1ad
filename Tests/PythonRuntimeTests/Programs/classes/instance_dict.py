# Instance __dict__ and dynamic attributes.
class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
b = Bag(a=1, b=2)
print(b.a, b.b, b.__dict__)
b.c = 3
setattr(b, 'd', 4)
print(sorted(vars(b)))
print(getattr(b, 'a'), getattr(b, 'z', None))
delattr(b, 'a')
print(vars(b))
print(hasattr(b, 'a'), hasattr(b, 'b'))
