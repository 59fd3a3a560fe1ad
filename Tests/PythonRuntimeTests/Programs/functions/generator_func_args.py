# Argument unpacking combinations.
def f(a, b=0, *args, c=1, **kwargs):
    return f'a={a} b={b} args={args} c={c} kwargs={kwargs}'
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, c=5, d=6))
print(f(*[1, 2], *(3,), **{'c': 7}, e=8))
print(f(b=3, a=4))
args = (10, 20)
kw = {'c': 30, 'z': 40}
print(f(*args, **kw))
