# Single inheritance and method overriding.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return f'{self.name}: {self.speak()}'
class Cat(Animal):
    def speak(self):
        return 'meow'
class Lion(Cat):
    def speak(self):
        return super().speak().upper() + '!'
for a in [Animal('generic'), Cat('tom'), Lion('leo')]:
    print(a.describe())
print(issubclass(Lion, Animal), isinstance(Lion('x'), Cat), issubclass(Animal, Cat))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
