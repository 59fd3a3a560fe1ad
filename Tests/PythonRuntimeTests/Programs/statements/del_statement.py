# del on names, items, slices and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
l = list(range(10))
del l[0]
del l[-1]
del l[::3]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
