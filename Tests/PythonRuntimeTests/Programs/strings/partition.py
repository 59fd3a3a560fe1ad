# partition and rpartition.
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'), ''.partition('x'))
url = 'https://example.com/path/file.txt'
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
print(scheme, host, path, path.rpartition('/')[2])
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
