# __setattr__ and __delattr__ hooks.
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'changes', [])
    def __setattr__(self, name, value):
        self.changes.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.changes.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
r.a += 1
del r.b
print(r.changes, r.a)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
