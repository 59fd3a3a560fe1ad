# Method calls and attribute access on user objects.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

def run():
    p = Point(0, 0)
    q = Point(1, 2)
    s = 0
    for _ in range(1000000):
        p = p.add(q)
        s += p.norm2() % 3
    return p.x, p.y, s

print(run())
