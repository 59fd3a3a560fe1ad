# String literal forms and escapes.
print('single', "double", '''triple
line''', """x""")
print(r'raw\n', 'esc\\n', '\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}')
print('con' 'cat' "enation")
print(len('\n\t\\'), len(r'\n\t\\'))
print('a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('é' > 'z', '10' < '9')
print('ab' + 'cd', 'ab' * 3, 'x' in 'xyz', 'xy' not in 'xyz')
print(repr(''), repr(' '), str(''))
print(repr('\r\x1b\x80\xff'))
print(repr('\U0001F600'), len('\U0001F600'))
