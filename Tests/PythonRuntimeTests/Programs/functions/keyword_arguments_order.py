# Keyword arguments keep call order in **kwargs.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, d=0), f(d=1, c=2, b=3, a=4))
def evaluated(tag):
    print('eval', tag)
    return tag
print(f(evaluated('a'), evaluated('b'), d=evaluated('d'), c=evaluated('c')))
