# Three-level chain mixing cause and context.
def level1():
    raise KeyError('missing')
def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError('bad value') from e
def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError('giving up')
level3()
