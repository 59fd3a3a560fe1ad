# list methods.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 99)
print(l)
print(l.pop(), l.pop(0), l)
l.remove(99)
print(l, l.index(2), l.count(1))
l.sort(); print(l)
l.reverse(); print(l)
l2 = l.copy(); l2.clear(); print(l, l2)
print(l[1:3], l[::-1])
l[1:3] = ['a', 'b', 'c']
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[1:3]
print(l)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [] == [])
print(l + [8], [0] * 2 * 2)
