# TypeError messages for operators.
one_float = 1.0
ops = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (1,), lambda: 1 - 'a', lambda: {} * 2,
    lambda: 'a' / 2, lambda: None + None, lambda: 1 < 'a', lambda: [] > 1, lambda: ~'a',
    lambda: 'abc'[one_float], lambda: 1 in 5, lambda: len(None), lambda: hash([]), lambda: int([1]),
    lambda: 1 @ 2, lambda: 1 ** None, lambda: -[1], lambda: 'x' % 1, lambda: '%d' % 'x',
]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(e)
