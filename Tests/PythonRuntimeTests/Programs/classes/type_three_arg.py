# Creating classes dynamically with type(name, bases, dict).
def speak(self):
    return f'{self.name} speaks'
Base = type('Base', (), {'kind': 'base', 'speak': speak})
Child = type('Child', (Base,), {'kind': 'child', '__init__': lambda self, n: setattr(self, 'name', n)})
c = Child('kid')
print(c.speak(), c.kind, Base.kind)
print(type(c).__name__, [k.__name__ for k in Child.__mro__])
print(type(Child).__name__, type(type).__name__, isinstance(Child, type))
print(Child.__name__, Child.__bases__[0].__name__)
