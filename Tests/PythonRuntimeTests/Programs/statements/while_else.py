# while ... else and loop control.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('while done', n)
k = 10
while True:
    k -= 3
    if k < 0:
        break
print('k', k)
i = 0
while i < 10:
    if i == 3:
        break
    i += 1
else:
    print('not printed')
print('i', i)
