# Reflected comparisons and NotImplemented.
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('Money.__eq__')
        if isinstance(other, Money):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, (int, Money)):
            return self.v < getattr(other, 'v', other)
        return NotImplemented
print(Money(1) == Money(1))
print(Money(1) == 1)
print(Money(1) != Money(2))
print(Money(1) < 5, 5 > Money(1))
try:
    Money(1) < 'x'
except TypeError as e:
    print(e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
