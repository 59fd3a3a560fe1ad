# Walrus inside comprehensions binds in the enclosing scope.
data = [1, 5, 3, 8, 2]
running = 0
sums = [running := running + x for x in data]
print(sums, running)
filtered = [(x, sq) for x in data if (sq := x * x) > 5]
print(filtered, sq)
def f():
    [last := c for c in 'xyz']
    return last
print(f())
