# More numeric dunders: truediv, floordiv, mod, pow, matmul, and in-place.
class N:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __rsub__(self, o): return N(o - self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __matmul__(self, o): return N(self.v * o.v)
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __lt__(self, o): return self.v < o
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __repr__(self): return f'N({self.v!r})'
n = N(7)
print(n / 2, n // 2, n % 4, n ** 2, 2 ** n, 10 - n, 14 / n, n @ N(3))
m = n
n += 1
print(n, m is n)
print(int(N(3.9)), float(N(2)), [10, 20, 30][N(1)], bin(N(5)), hex(N(255)))
