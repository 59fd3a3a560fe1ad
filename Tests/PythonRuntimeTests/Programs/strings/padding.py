# center, ljust, rjust, zfill, expandtabs.
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(6, '.') + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '0') + ']', '[' + 'toolong'.center(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(2))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), repr('\t'.expandtabs(2)))
for w in range(1, 6):
    print('[' + 'x'.center(w, '-') + ']', '[' + 'xy'.center(w, '-') + ']')
