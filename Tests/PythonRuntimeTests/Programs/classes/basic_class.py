# Instances, attributes and methods.
class Dog:
    species = 'canis'
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def speak(self, sound='woof'):
        return f'{self.name} says {sound}'
    def birthday(self):
        self.age += 1
        return self
d = Dog('Rex', 3)
print(d.speak(), d.speak('arf'))
print(d.birthday().age, d.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
print(sorted(vars(d).items()))
print(Dog.speak(d, 'grr'))
m = d.speak
print(m())
