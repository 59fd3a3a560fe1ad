# __enter__ and __exit__.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False
with Tracker('a') as value:
    print('inside', value)
with Tracker('outer'), Tracker('inner') as v:
    print('both', v)
try:
    with Tracker('boom'):
        raise ValueError('x')
except ValueError:
    print('propagated')
