# break and continue apply to the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j, end='; ')
    print()
result = []
for word in ['alpha', 'beta', 'gamma', 'stop', 'delta']:
    if word == 'stop':
        break
    if 'e' in word:
        continue
    result.append(word)
print(result)
