# hasattr, getattr, setattr, delattr.
class Obj:
    cls_attr = 'class-level'
    def method(self):
        return 'called'
o = Obj()
print(hasattr(o, 'cls_attr'), hasattr(o, 'missing'), hasattr(o, 'method'))
setattr(o, 'dynamic', 42)
print(o.dynamic, getattr(o, 'dynamic'), getattr(o, 'nope', 'default'), getattr(o, 'method')())
delattr(o, 'dynamic')
print(hasattr(o, 'dynamic'))
try:
    getattr(o, 'nope')
except AttributeError as e:
    print(e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print(e)
setattr(Obj, 'added', 'on class')
print(o.added, getattr(5, 'real'), getattr('abc', 'upper')())
try:
    getattr(o, 1)
except TypeError as e:
    print(e)
