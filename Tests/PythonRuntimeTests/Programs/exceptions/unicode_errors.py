# Unicode encode/decode errors and error handlers.
try:
    'naïve'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.reason)
try:
    b'abc\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print('naïve'.encode('ascii', 'replace'), 'naïve'.encode('ascii', 'ignore'))
print(b'abc\xff'.decode('utf-8', 'replace'), b'abc\xff'.decode('latin-1'))
print('naïve'.encode('ascii', 'backslashreplace'), 'naïve'.encode('ascii', 'xmlcharrefreplace'))
