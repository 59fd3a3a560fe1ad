# super() inside classmethods and properties.
class Base:
    @classmethod
    def create(cls):
        return f'Base.create for {cls.__name__}'
    @property
    def label(self):
        return 'base'
class Child(Base):
    @classmethod
    def create(cls):
        return 'Child -> ' + super().create()
    @property
    def label(self):
        return 'child/' + super().label
print(Child.create(), Child().label, Base().label)
