# strip, lstrip, rstrip, removeprefix, removesuffix.
s = '\t  hello world \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcHIcba'.lstrip('abc'), 'abcHIcba'.rstrip('cba'))
print(repr('   '.strip()), repr(''.strip()))
print('www.example.com'.strip('cmowz.'))
print('prefix_body'.removeprefix('prefix_'), 'prefix_body'.removeprefix('nope'))
print('file.tar.gz'.removesuffix('.gz'), 'file'.removesuffix(''))
print(repr('\u3000wide space\u3000'.strip()), repr('\xa0nbsp\xa0'.strip()))
