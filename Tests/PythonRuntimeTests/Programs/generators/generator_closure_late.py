# Generators see variable changes made while suspended.
def reader(data):
    for i in range(len(data)):
        yield data[i]
data = [1, 2, 3]
r = reader(data)
print(next(r))
data[1] = 'changed'
print(next(r), next(r))
def counter():
    i = 0
    while i < 3:
        cmd = yield i
        i = 0 if cmd == 'reset' else i + 1
c = counter()
print(next(c), next(c), c.send('reset'), next(c), next(c))
print(next(c, 'stop'))
