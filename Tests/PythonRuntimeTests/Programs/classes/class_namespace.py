# Class bodies execute like code; names in the body are class attributes.
class Config:
    print('class body runs')
    values = [1, 2, 3]
    total = sum(values)
    doubled = [v * 2 for v in values]
    def method(self):
        return self.total
print(Config.total, Config.doubled, Config().method())
print(sorted(k for k in vars(Config) if not k.startswith('__')))
print(Config.__name__, Config.__qualname__, Config.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
