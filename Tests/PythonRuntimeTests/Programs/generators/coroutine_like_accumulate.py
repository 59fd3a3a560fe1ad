# Generator-based accumulators with send and yield from return values.
def averager():
    total, count = 0.0, 0
    while True:
        x = yield
        if x is None:
            return (count, total / count if count else 0)
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {'a': [1, 2, 6], 'b': [10, 20]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
