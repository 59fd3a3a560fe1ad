# Decorators that take arguments, and stacking order.
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))
def tag(name):
    def deco(fn):
        def wrapper():
            return f'<{name}>{fn()}</{name}>'
        return wrapper
    print('decorating with', name)
    return deco
@tag('b')
@tag('i')
def text():
    return 'body'
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
