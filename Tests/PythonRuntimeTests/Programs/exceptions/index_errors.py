# IndexError messages for sequences.
for fn in [lambda: [1, 2][2], lambda: [][-1], lambda: (1,)[5], lambda: 'ab'[2], lambda: range(3)[3],
           lambda: b'x'[1], lambda: bytearray()[0], lambda: [].pop(), lambda: [1].pop(3)]:
    try:
        fn()
    except IndexError as e:
        print(e)
l = [1]
try:
    l[5] = 0
except IndexError as e:
    print(e)
try:
    del l[5]
except IndexError as e:
    print(e)
