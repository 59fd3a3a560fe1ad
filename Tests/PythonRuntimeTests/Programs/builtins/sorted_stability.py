# sorted with key and reverse, and stability.
records = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records), key=lambda r: r[1]))
print(sorted('bAcaB'), sorted('bAcaB', key=str.lower), sorted('bAcaB', key=str.lower, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
l = [5, 2, 8]
l.sort(key=lambda x: -x)
print(l, sorted([-3, 2, -1], key=abs))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
