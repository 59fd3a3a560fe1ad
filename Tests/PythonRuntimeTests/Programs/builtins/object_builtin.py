# object, NotImplemented, Ellipsis builtins.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, len([n for n in dir(object) if n.startswith('__')]) > 10)
print(NotImplemented, bool is type(True), Ellipsis, ... == Ellipsis)
print((5).__lt__('a'), (5).__add__(1), 'a'.__eq__(1))
class A:
    def __eq__(self, other):
        return NotImplemented
print(A() == A(), A() != 1)
