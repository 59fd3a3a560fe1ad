# CPython's wording of common error messages.
tests = [
    'x_undefined', "1 + 'a'", "'a' + 1", '[1][5]', "(1,)[3]", "'abc'[10]", '1 / 0', '1 // 0', '1 % 0',
    '1.0 / 0', 'None.foo', "{}['k']", "int('x')", "float('abc')", 'len(5)', '[] < ()', 'five()',
    "'abc'.nope", '[1].nope', 'none[0]', 'abs()', '2 ** "a"', '-"a"',
    "'x' * 'y'", "[1, 2].index(3)", "'abc'.index('z')", "{}.popitem()", "[].pop()", "int(None)",
]
for src in tests:
    try:
        eval(src, {'five': 5, 'none': None})
    except Exception as e:
        print(f'{src:20} {type(e).__name__}: {e}')
