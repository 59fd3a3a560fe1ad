# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev)
            return True
        print('not suppressing', et.__name__ if et else None)
        return False
with Suppress(KeyError):
    {}['missing']
print('after first')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('escaped:', e)
with Suppress(LookupError):
    [][0]
with Suppress(ValueError):
    print('no error')
import contextlib
with contextlib.suppress(TypeError):
    len(5)
print('end')
