# bytes literals, indexing and common operations.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3])
print(list(b'AB'), bytes([65, 66, 67]), bytes(3))
print(b'abc' + b'def', b'ab' * 2, b'a' in b'abc', 98 in b'abc')
print('héllo'.encode('utf-8'), b'h\xc3\xa9llo'.decode('utf-8'))
print(b'a,b,c'.split(b','), b' x '.strip(), b'abc'.upper())
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.replace(b'l', b'L'))
print(repr(b"it's"), repr(b'"'), repr(b'\t\n\r'), b'\\')
print(bytes.fromhex('de ad be ef'), b'\xde\xad'.hex())
print(bytearray(b'abc'), bytearray(2))
ba = bytearray(b'abc'); ba[0] = 90; ba.append(33)
print(ba, bytes(ba))
print(b'abc' == b'abc', b'abc' < b'abd', b'' == bytes())
