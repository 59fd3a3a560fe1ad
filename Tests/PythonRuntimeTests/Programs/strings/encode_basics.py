# encode and decode basics.
s = 'Grüße, 世界! 😀'
for enc in ['utf-8', 'utf-16-le', 'latin-1']:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12])
    except UnicodeEncodeError as e:
        print(enc, 'failed:', e.reason, e.start, e.end)
b = s.encode()
print(b)
print(b.decode('utf-8') == s, len(s), len(b))
print('abc'.encode('ascii'), 'é'.encode('utf-8'), 'é'.encode('latin-1'), 'é'.encode('utf-16'))
print(bytes('hi', 'utf-8'), str(b'hi', 'ascii'), str(b'hi'))
