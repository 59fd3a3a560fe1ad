# Subscript and attribute assignment targets.
class Box:
    pass
b = Box()
b.x = 1
b.items = [0, 0, 0]
b.items[1] = 'mid'
b.child = Box()
b.child.value = 'deep'
print(b.x, b.items, b.child.value)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 7
print(m)
d = {}
d['a'] = {}
d['a']['b'] = [1]
d['a']['b'][0] += 5
print(d)
l = list(range(6))
l[1:4] = 'xy'
print(l)
b.x, b.items[0] = 'X', 'first'
print(b.x, b.items)
