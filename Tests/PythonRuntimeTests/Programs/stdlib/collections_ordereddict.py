# OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
print(od2 == OrderedDict([('y', 2), ('x', 1)]), od2 == {'y': 2, 'x': 1})
od2.move_to_end('y', last=False)
print(od2, OrderedDict())
print(repr(OrderedDict(a=1)))
