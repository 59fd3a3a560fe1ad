# None is a singleton with a falsy value.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, not x)
def f():
    pass
print(f() is None, f())
print([None, None], (None,), {None: None})
print(bool(None), None == 0, None == False)
y = x or 'default'
print(y)
print(None.__class__.__name__)
