# __getattr__ is called only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.log)
print(p.log is p.__dict__['log'])
try:
    p.nonexistent
except AttributeError as e:
    print(e)
class Defaulting:
    known = 'yes'
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Defaulting()
print(d.known, d.opt_color, getattr(d, 'missing', 'fallback'), hasattr(d, 'nope'))
