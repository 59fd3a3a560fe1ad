# close() and throw() on generators.
def worker():
    try:
        while True:
            try:
                x = yield
                print('processing', x)
            except ValueError as e:
                print('recovered from', e)
    finally:
        print('cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad item'))
w.send(2)
w.close()
print('closed')
w.close()
def simple():
    yield 1
s = simple()
try:
    s.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(list(s))
