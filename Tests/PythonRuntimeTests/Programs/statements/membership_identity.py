# in / not in / is / is not.
l = [1, 2, [3]]
print(2 in l, 5 not in l, [3] in l, 3 in l)
print('ell' in 'hello', '' in 'abc', 'x' not in '')
d = {'a': 1}
print('a' in d, 1 in d, 1 in d.values())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 25 in Seq())
