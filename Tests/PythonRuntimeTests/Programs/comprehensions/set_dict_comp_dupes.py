# Duplicate keys in dict comprehensions: last one wins, first position kept.
print({k % 3: k for k in range(10)})
print({c: i for i, c in enumerate('abracadabra')})
print(dict.fromkeys('abracadabra'))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
print({x // 2 for x in range(10)})
