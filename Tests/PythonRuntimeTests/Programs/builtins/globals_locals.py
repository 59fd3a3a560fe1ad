# globals(), locals() and eval/exec basics.
x = 10
print('x' in globals(), globals()['x'], globals()['__name__'])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(eval('x * 2'), eval('a + 1', {'a': 5}), eval('len(s)', {'s': 'abc'}))
ns = {}
exec('y = 3\nz = y * y', ns)
print(ns['y'], ns['z'])
exec('print("exec prints", x)')
