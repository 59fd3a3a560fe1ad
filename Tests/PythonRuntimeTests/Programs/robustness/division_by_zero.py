# Every flavour of division by zero.
cases = [('1 / 0', lambda: 1 / 0), ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0),
         ('1.0 / 0', lambda: 1.0 / 0), ('1 / 0.0', lambda: 1 / 0.0), ('1.0 // 0.0', lambda: 1.0 // 0.0),
         ('1.0 % 0.0', lambda: 1.0 % 0.0), ('divmod(1, 0)', lambda: divmod(1, 0)),
         ('divmod(1.0, 0)', lambda: divmod(1.0, 0)), ('0 ** -1', lambda: 0 ** -1),
         ('0.0 ** -1', lambda: 0.0 ** -1), ('pow(0, -2)', lambda: pow(0, -2)),
         ('2**100 // 0', lambda: 2**100 // 0), ('(1+1j) / 0', lambda: (1 + 1j) / 0)]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f'{label:14} -> {e}')
