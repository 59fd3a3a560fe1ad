# Rich comparisons and sorting of user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return f'V{self.s}'
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.0') < Version('1.0.0'), Version('2.0') > Version('1.9'))
print(Version('1.2') == Version('1.2'), Version('1.2') != Version('1.3'))
print(Version('3') >= Version('2'))
print(sorted(vs, reverse=True))
