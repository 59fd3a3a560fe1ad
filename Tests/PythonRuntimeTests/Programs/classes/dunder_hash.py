# __hash__ and __eq__ for dict keys and set members.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f'Key({self.name!r})'
d = {Key('A'): 1}
d[Key('a')] = 2
print(d, len(d))
s = {Key('x'), Key('X'), Key('y')}
print(len(s), sorted(k.name for k in s) in (['X', 'y'], ['x', 'y']))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class IntHash:
    def __hash__(self):
        return 42
print(hash(IntHash()), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
