# Subclassing built-in types.
class MyList(list):
    def total(self):
        return sum(self)
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
class MyDict(dict):
    def __missing__(self, key):
        return f'<{key}>'
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, isinstance(ml, list))
print(type(ml + [5]).__name__)
s = MyStr('hey')
print(s.shout(), s, repr(s), type(s.upper()).__name__)
d = MyDict(a=1)
print(d['a'], d['zz'], d)
class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(5))
