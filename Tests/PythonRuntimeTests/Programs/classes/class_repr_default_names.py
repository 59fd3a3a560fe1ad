# Class and type names without addresses.
class Widget:
    pass
print(Widget, type(Widget()), Widget.__name__)
print(int, str, type(None), type)
print(repr(Widget).startswith("<class '__main__.Widget'"))
import collections
print(collections.OrderedDict)
print(object, object.__name__, Widget.__bases__)
