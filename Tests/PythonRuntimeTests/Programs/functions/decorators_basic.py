# Simple decorators wrap functions.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'calling {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'{fn.__name__} returned {result!r}')
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__)
def bare(fn):
    def wrapper():
        return fn().upper()
    return wrapper
@bare
def word():
    return 'shout'
print(word(), word.__name__)
