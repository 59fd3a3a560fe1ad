# Cooperative __init__ across a diamond.
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
class Named(Base):
    def __init__(self, name='?', **kw):
        print('Named', name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        print('Aged', age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name='ann', age=30, extra=1)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
