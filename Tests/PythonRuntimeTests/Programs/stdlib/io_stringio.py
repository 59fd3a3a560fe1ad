# io.StringIO reading and writing.
import io
buf = io.StringIO()
buf.write('hello ')
buf.write('world\n')
print('line two', file=buf)
print(repr(buf.getvalue()), buf.tell())
reader = io.StringIO('a\nb\nc')
print(reader.readline(), end='')
print(reader.readlines())
reader.seek(0)
print(reader.read(3), repr(reader.read()), repr(reader.read()))
print([line.rstrip() for line in io.StringIO('x\ny\n')])
b = io.BytesIO(b'bytes data')
print(b.read(5), b.read(), b.getvalue())
with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
