# __bool__ wins over __len__.
class Both:
    def __bool__(self):
        print('__bool__ called')
        return False
    def __len__(self):
        print('__len__ called')
        return 5
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Both()))
print(bool(LenOnly(0)), bool(LenOnly(3)), len(LenOnly(3)))
print('truthy' if LenOnly(1) else 'falsy')
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
