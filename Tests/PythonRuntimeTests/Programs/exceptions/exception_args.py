# Exception args, str and repr.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(''), KeyError('k'),
          KeyError('a', 'b'), IndexError(3), OSError(2, 'No such file'), StopIteration(5)]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('msg')
e.args = ('changed', 1)
print(e)
print(repr(SystemExit(3)), SystemExit(3).code)
err = OSError(2, 'No such file or directory', 'x.txt')
print(err, err.errno, err.strerror, err.filename, type(err).__name__)
print(type(OSError(2, 'nf')).__name__)
