# for ... else runs else only when no break happened.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    pass
else:
    print('empty loop else')
