# Iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
for x in Countdown(3):
    print('loop', x)
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Reusable(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
a, b, c = Reusable(3)
print(a, b, c)
