# Comparisons between unlike types.
print(1 == '1', [1] == (1,), None == 0, {} == [])
for a, b in [(1, 'a'), ([1], (1,)), (None, 0)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print([1, 'a'] == [1, 'a'])
try:
    sorted([3, 'x', 1])
except TypeError as e:
    print(e)
print((1, 'a') < (2, 'b'), (1, 'a') < (1, 'b'))
try:
    print((1, 'a') < (1, 2))
except TypeError as e:
    print(e)
