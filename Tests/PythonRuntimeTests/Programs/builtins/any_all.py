# any and all, including short-circuiting.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 1]), all([1, 0]))
def check(x):
    print('checking', x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [3, 1, 5]))
print(any('hello'), all(''), all([[]]), any([[]]))
print(all(isinstance(x, int) for x in [1, True, 2]))
