# IndexError wording differs per type.
cases = [('list', lambda: [1, 2, 3][3]), ('tuple', lambda: (1, 2)[-3]), ('str', lambda: 'abc'[5]),
         ('range', lambda: range(3)[10]), ('bytes', lambda: b'ab'[2]), ('bytearray', lambda: bytearray(b'a')[4]),
         ('list assign', lambda: [].__setitem__(0, 1)), ('pop empty', lambda: [].pop()),
         ('pop index', lambda: [1, 2].pop(5)), ('deque', lambda: __import__('collections').deque()[0]),
         ('str empty', lambda: ''[0]), ('insert ok', lambda: [].insert(10, 'fine') or 'no error')]
for label, fn in cases:
    try:
        print(label, '->', fn())
    except IndexError as e:
        print(label, '->', e)
