# bool() and its interaction with operators.
print(bool(0), bool(0.0), bool(0j), bool(''), bool(()), bool([]), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-0.1), bool(' '), bool((0,)), bool([[]]), bool({0: 0}))
print(True and 3, False or 'x', not None, (not 0) + 1)
print(bool.__name__, bool.__bases__[0].__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
