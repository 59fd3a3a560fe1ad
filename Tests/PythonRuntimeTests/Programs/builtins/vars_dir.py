# vars() and dir() of user classes, filtered to non-dunder names.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.instance_attr = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
c = Child()
print(vars(c))
print([n for n in dir(c) if not n.startswith('__')])
print(sorted(n for n in vars(Child) if not n.startswith('__')))
print([n for n in dir(Child) if not n.startswith('_')])
print(dir(c) == sorted(dir(c)))
def f():
    a = 1
    b = 2
    return sorted(vars())
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
