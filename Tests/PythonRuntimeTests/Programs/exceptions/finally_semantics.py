# finally runs on return, break, continue and exceptions.
def f():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'end'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(h())
