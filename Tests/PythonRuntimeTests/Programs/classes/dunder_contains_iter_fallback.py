# `in` falls back to __iter__ then __getitem__.
class ViaIter:
    def __iter__(self):
        print('iterating')
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(2 in ViaIter(), 9 in ViaIter())
print(2 in ViaGetitem(), list(ViaGetitem()))
try:
    1 in 5
except TypeError as e:
    print(e)
