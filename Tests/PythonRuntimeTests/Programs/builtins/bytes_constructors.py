# Builtins on bytes: bytes() and bytearray() constructors and mutation.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes('é', 'utf-8'), bytes(b'ab'), bytes(range(65, 70)))
print(bytearray('hi', 'ascii'), bytearray([1]), bytearray(b'x') + b'y')
ba = bytearray(b'hello')
ba[0] = ord('J')
ba.extend(b'!!')
del ba[-1]
print(ba, ba.decode(), len(ba), ba.pop(), ba)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    bytes('x')
except TypeError as e:
    print(e)
