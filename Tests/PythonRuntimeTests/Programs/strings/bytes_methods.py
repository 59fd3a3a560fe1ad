# bytes methods mirror str methods.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.replace(b'l', b'L', 2))
print(b.find(b'o'), b.rfind(b'o'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a b'.title(), b'x'.center(5, b'*'))
print(b'%s=%d' % (b'n', 5), b'hex:' + bytes.fromhex('4142'))
print(list(b'hi'), b'hi'[0], b'hi'[0:1], bytes(reversed(b'abc')))
print(b'a\tb'.expandtabs(4), b'abc'.zfill(5), b'a,b'.partition(b','))
