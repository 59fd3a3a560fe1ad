# LEGB lookup order.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = 'local'
    return x
print(local_shadow(), x)
def use_builtin():
    return len('abc')
print(use_builtin())
def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
uses_before_assign()
len = lambda s: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
