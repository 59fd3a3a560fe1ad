# Bare raise re-raises the active exception.
def inner():
    raise KeyError('original')
def middle():
    try:
        inner()
    except KeyError:
        print('logging and re-raising')
        raise
try:
    middle()
except KeyError as e:
    print('caught', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def convert():
    try:
        int('z')
    except ValueError as e:
        raise TypeError('converted') from e
try:
    convert()
except TypeError as e:
    print(e, '<-', e.__cause__)
