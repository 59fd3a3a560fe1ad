# Splitting edge cases.
print('a b  c'.split(' '), 'a b  c'.split())
print(',a,'.split(','), ',a,'.rsplit(',', 1))
print('aXbXc'.split('X', -1), 'aXbXc'.split('X', 0))
try:
    'abc'.split('')
except ValueError as e:
    print(e)
csv_line = 'name,"quoted, value",3'
print(csv_line.split(','))
print('\n'.join('a b'.split(' ')).splitlines())
print('  leading'.split(' ', 1), 'trailing  '.rsplit(' ', 1))
