# Ellipsis, NotImplemented and other constants.
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
print(repr(...), str(Ellipsis))
print((1).__add__('x'), (1).__eq__('a'))
print([..., ...], (...,), {'e': ...})
print(bool(...))
print(True.__class__, None.__class__)
