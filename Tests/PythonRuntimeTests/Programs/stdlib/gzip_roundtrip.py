# gzip round trip through a scratch file under /tmp.
import gzip, os
path = '/tmp/swifttorch_stdlib_gzip_roundtrip.txt.gz'
text = 'line %d: the quick brown fox\n'
payload = ''.join(text % i for i in range(200)).encode('utf-8')
with gzip.open(path, 'wb') as f:
    f.write(payload)
print(os.path.exists(path), os.path.getsize(path) < len(payload))
with gzip.open(path, 'rb') as f:
    back = f.read()
print(back == payload, len(back))
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.readline()), sum(1 for _ in f))
os.remove(path)
print(os.path.exists(path))
data = gzip.decompress(gzip.compress(b'in memory'))
print(data)
