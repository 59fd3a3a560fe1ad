# ValueError messages.
cases = [lambda: int('3.5'), lambda: int(''), lambda: int('0x10'), lambda: float('1,5'),
         lambda: [1, 2].index(9), lambda: 'abc'.index('d'),
         lambda: list(range(3)).remove(7), lambda: (1, 2).index(3),
         lambda: int('12', 40), lambda: chr(0x110000), lambda: 'x'.center(5, 'ab'),
         lambda: bytes([256]), lambda: max([]), lambda: min(()), lambda: range(1, 2, 0),
         lambda: dict([(1, 2, 3)]), lambda: a_b_c_unpack()]
def a_b_c_unpack():
    a, b = 'xyz'
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
