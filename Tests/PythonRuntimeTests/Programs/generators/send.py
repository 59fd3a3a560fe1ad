# Sending values into generators.
def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = running_average()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
e = echo()
print(e.send(None), e.send(1), e.send('x'))
try:
    echo().send(5)
except TypeError as err:
    print(err)
