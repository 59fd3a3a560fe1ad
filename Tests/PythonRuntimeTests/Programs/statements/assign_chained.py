# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
i = 0
l = [10, 20, 30]
i = l[i] = 2  # targets are assigned left to right
print(i, l)
d = {}
d['k'] = d2 = {}
d2['inner'] = 1
print(d)
