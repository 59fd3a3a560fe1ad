# Nested replacement fields in format specs.
value = 3.14159265
for width in [6, 10]:
    for prec in [1, 4]:
        print(f'[{value:{width}.{prec}f}]', '[{:{}.{}f}]'.format(value, width, prec))
fill, align = '*', '>'
print(f'[{"x":{fill}{align}5}]', '[{0:{1}{2}{3}}]'.format('y', '-', '^', 7))
items = [('apple', 1.5), ('kiwi', 12.25), ('banana', 100.0)]
w = max(len(n) for n, _ in items)
for name, price in items:
    print(f'{name:<{w}} | {price:>{w}.2f}')
print(f'{"{"}{"}"} {{braces}} {{{1 + 1}}}')
