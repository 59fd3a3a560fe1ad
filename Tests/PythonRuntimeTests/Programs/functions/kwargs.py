# **kwargs collects extra keyword arguments into a dict.
def config(**opts):
    return opts
print(config(), config(a=1, b='two'))
def describe(name, **details):
    parts = [f'{k}={v!r}' for k, v in details.items()]
    return name + '(' + ', '.join(parts) + ')'
print(describe('point', x=1, y=2))
settings = {'color': 'red', 'size': 3}
print(describe('shape', **settings, z=0))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(**{'c': 3, 'a': 1, 'b': 2}), f(1, **{'c': 3, 'b': 2}))
try:
    f(1, **{'a': 2, 'b': 3, 'c': 4})
except TypeError as e:
    print(e)
