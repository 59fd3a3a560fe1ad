# ascii() escapes non-ASCII; builtin functions have stable reprs and names.
print(ascii('café ☕'), ascii([1, 'ü']), ascii(b'x'), ascii('plain'), ascii('\U0001F600'))
print(repr(len), repr(print), repr(abs), str(max))
print(max.__name__, abs.__name__, type(len).__name__)
print(ascii(1.5), ascii(None), ascii({'é': 'ñ'}))
