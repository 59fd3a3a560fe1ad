# A formatted report table.
rows = [('Widget', 3, 4.5), ('Gadget', 12, 19.999), ('Thingamajig', 1, 1234.5)]
header = f'{"Item":<12}{"Qty":>5}{"Price":>10}{"Total":>12}'
print(header)
print('-' * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<12}{qty:>5d}{price:>10.2f}{total:>12,.2f}')
print('=' * len(header))
print(f'{"Grand total":<27}{grand:>12,.2f}')
print('%-12s%5d%10.2f' % rows[0])
