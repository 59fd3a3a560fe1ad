# Widths count code points, not display columns or bytes.
for s in ['abc', 'ñandú', '日本', 'e\u0301']:
    print(f'[{s:<6}] [{s:>6}] [{s:^6}] len={len(s)}')
print('[%-6s] [%6s]' % ('ñ', '日'))
print('ñandú'.ljust(8, '.') + '|', '日本'.center(6, '_') + '|')
