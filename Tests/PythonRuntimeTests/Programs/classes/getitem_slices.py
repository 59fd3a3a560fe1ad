# __getitem__ receives slice objects and tuples.
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[...], p['k'])
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.items[k])
        return self.items[k]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f'Seq({self.items})'
s = Seq('abcdef')
print(s[1:4], s[::-2], s[0], s[-1], len(s[2:]))
