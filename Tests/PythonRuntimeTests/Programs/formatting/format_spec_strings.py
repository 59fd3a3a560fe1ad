# String presentation, precision truncation.
s = 'formatting'
print(f'[{s:.4}] [{s:10.3}] [{s:>12}] [{s:s}] [{s:*<14.5}]')
print('[{:.0}] [{:5}] [{:<}]'.format('abc', 'ab', 'x'))
try:
    format('abc', 'd')
except ValueError as e:
    print(e)
try:
    format(1, 's')
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format('x', '=5')
except ValueError as e:
    print(e)
