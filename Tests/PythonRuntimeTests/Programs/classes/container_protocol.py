# __len__, __getitem__, __setitem__, __delitem__ and __contains__.
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if not 0 <= i < self.size:
            raise IndexError('sparse index out of range')
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        print('set', i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print('del', i)
        self.data.pop(i, None)
    def __contains__(self, v):
        return v in self.data.values()
s = SparseList(5)
s[1] = 10; s[3] = 30
print(len(s), s[1], s[2], list(s))
del s[1]
print(list(s), 30 in s, 10 in s)
try:
    s[7]
except IndexError as e:
    print(e)
