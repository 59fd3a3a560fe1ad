# int() and float() ValueError messages.
for s in ['x', '', ' ', '1.0', '1e5', '0x1F', '١٢', '12abc', '--1', '1 2', 'ⅰ']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
for s, base in [('2', 2), ('g', 16), ('0b2', 0), ('777', 7), ('z', 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(e)
for s in ['abc', '1.2.3', 'nan1', '']:
    try:
        float(s)
    except ValueError as e:
        print(e)
