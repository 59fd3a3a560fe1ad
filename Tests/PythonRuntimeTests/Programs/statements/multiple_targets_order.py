# Evaluation order: right-hand side first, then targets left to right.
log = []
class L(list):
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        super().__setitem__(k, v)
def key(k):
    log.append(('key', k))
    return k
a = L([0, 0, 0])
a[key(0)], a[key(1)] = key('x'), key('y')
print(log)
print(a)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 'changed'
print(i, x)
