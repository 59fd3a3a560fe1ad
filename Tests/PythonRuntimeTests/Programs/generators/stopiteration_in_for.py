# for loops stop on StopIteration raised by __next__.
class Upto:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration('finished')
        self.i += 1
        return self.i
for v in Upto(3):
    print(v)
u = Upto(1)
print(list(u), list(u))
print(dict.fromkeys(Upto(2)), tuple(Upto(4)), set(Upto(3)))
a, b = Upto(2)
print(a, b)
