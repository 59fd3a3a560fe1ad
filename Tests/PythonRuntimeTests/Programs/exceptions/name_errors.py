# NameError and UnboundLocalError messages.
try:
    print(some_undefined)
except NameError as e:
    print(type(e).__name__, '|', e, '|', e.name)
def f():
    print(value)
    value = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, '|', e)
def g():
    del undefined_local
try:
    g()
except NameError as e:
    print(type(e).__name__, '|', e)
