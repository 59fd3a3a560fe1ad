# Closures created in loops share the loop variable cell.
def make():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 100
    return fns
print([f() for f in make()])
def make_fixed():
    def bind(i):
        return lambda: i
    return [bind(i) for i in range(3)]
print([f() for f in make_fixed()])
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count
c = counter_factory()
c('a'); c('b')
print(c('a'))
