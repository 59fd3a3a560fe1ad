# Code points, ord and chr across planes.
for ch in ['A', 'z', '0', ' ', 'é', 'Ω', '€', '日', '😀', '\n', '\x00']:
    print(repr(ch), ord(ch), hex(ord(ch)), len(ch.encode('utf-8')))
print(''.join(chr(c) for c in range(0x41, 0x4b)))
print([chr(0x1F600 + i) for i in range(3)])
print('😀'.upper(), len('e\u0301'), 'e\u0301' == 'é')
