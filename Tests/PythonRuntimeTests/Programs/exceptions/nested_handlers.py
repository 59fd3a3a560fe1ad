# Exceptions propagate through nested handlers and functions.
def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('level2 does not handle ValueError')
def level1():
    try:
        level2()
    finally:
        print('level1 finally')
try:
    level1()
except ValueError as e:
    print('top caught', e)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
