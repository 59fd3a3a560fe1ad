# Slicing with start, stop and step, including negative values.
s = 'abcdefghij'
print(s[2:7], s[:3], s[7:], s[-3:], s[:-3])
print(s[::3], s[1::3], s[::-1], s[::-3], s[8:2:-2])
print(s[-100:100], s[5:-5], repr(s[6:4]))
print(s[slice(1, 9, 2)], s[slice(None, None, -1)])
t = tuple(range(10))
print(t[2:5], t[::-4], t[-2:])
l = list(range(10))
print(l[1:8:3], l[::-1][:3])
print(slice(1, 5, 2), slice(3))
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
