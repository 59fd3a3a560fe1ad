# super() with and without arguments.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base init', x)
    def hello(self):
        return 'base hello'
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Mid init', y)
    def hello(self):
        return 'mid + ' + super(Mid, self).hello()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
    def hello(self):
        return 'leaf + ' + super().hello()
    def skip(self):
        return super(Mid, self).hello()
l = Leaf()
print(l.x, l.y, l.hello())
print(l.skip())
