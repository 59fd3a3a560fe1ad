# Function objects carry attributes.
def documented(a, b=2, *args, c, **kw):
    """Docstring here."""
    local = 1
    return local
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_varnames)
documented.custom = 'attr'
print(documented.custom, callable(documented))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(documented.__module__)
no_doc = lambda: 0
print(no_doc.__doc__, no_doc.__name__)
