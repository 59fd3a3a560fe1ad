# Exception in else and finally blocks.
def f():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise ValueError('from else')
try:
    f()
except ValueError as e:
    print('caught', e)
def g():
    try:
        raise KeyError('first')
    finally:
        print('cleanup')
try:
    g()
except KeyError as e:
    print('caught', e)
def h():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
try:
    h()
except ValueError as e:
    print('caught', e, 'context', repr(e.__context__))
