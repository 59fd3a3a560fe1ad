# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list of', n)
values = iter(data)
while (v := next(values, None)) is not None:
    print('v', v)
print([y for x in data if (y := x * 2) > 6])
print(y)  # the comprehension leaks y into this scope
print((total := sum(data)), total)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print(any((hit := w).startswith('b') for w in ['aa', 'bb', 'cc']), hit)
