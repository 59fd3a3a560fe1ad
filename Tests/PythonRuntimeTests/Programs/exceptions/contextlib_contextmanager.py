# contextlib.contextmanager based context managers.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name * 2
    except ValueError as e:
        print('handled inside', e)
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('body', t)
with tag('q'):
    raise ValueError('oops')
try:
    with tag('r'):
        raise KeyError('k')
except KeyError as e:
    print('outside', e)
