# The = specifier for self-documenting expressions.
x, name = 42, 'Ann'
print(f'{x=}')
print(f'{x = }')
print(f'{name=}', f'{name=!s}', f'{name = :>6}')
print(f'{x*2=}', f'{x + 1 = }', f'{3.14159=:.2f}')
items = [1, 2]
print(f'{items=}', f'{len(items)=}', f'{items[0]=}')
print(f'{x=!r:^10}')
