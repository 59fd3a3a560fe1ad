# startswith/endswith with tuples and ranges.
name = 'report_2024.csv'
print(name.startswith('report'), name.endswith('.csv'), name.endswith('.txt'))
print(name.endswith(('.txt', '.csv')), name.startswith(('x', 'y')))
print(name.startswith('2024', 7), name.endswith('report', 0, 6), name.startswith('', 100))
print(''.startswith(''), 'a'.endswith(''))
try:
    name.startswith(['report'])
except TypeError as e:
    print(e)
