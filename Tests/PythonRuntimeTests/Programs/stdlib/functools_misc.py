# functools.total_ordering, cmp_to_key and wraps.
from functools import total_ordering, cmp_to_key
@total_ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(Num(1) <= Num(2), Num(3) >= Num(2), Num(1) > Num(1), Num(2) >= Num(2))
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(compare)))
