# Builtins dispatch to dunder methods.
class Custom:
    def __len__(self): return 3
    def __abs__(self): return 'abs!'
    def __round__(self, n=None): return f'round {n}'
    def __index__(self): return 5
    def __reversed__(self): return iter('zyx')
    def __iter__(self): return iter('xyz')
    def __bool__(self): return False
c = Custom()
print(len(c), abs(c), round(c), round(c, 2), hex(c), bin(c), list(reversed(c)), sorted(c), bool(c))
print([0, 1, 2, 3, 4, 5, 6][c], 'abcdefgh'[c], range(10)[c], max(c), min(c), list(enumerate(c)))
