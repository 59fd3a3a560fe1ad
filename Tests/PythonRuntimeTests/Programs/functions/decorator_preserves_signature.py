# functools.wraps copies metadata; without it the wrapper name leaks.
import functools
def plain(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@plain
def alpha():
    """alpha doc"""
@wrapped
def beta():
    """beta doc"""
print(alpha.__name__, alpha.__doc__)
print(beta.__name__, beta.__doc__, beta.__wrapped__.__name__)
