# range supports big numbers and O(1) membership.
r = range(0, 10**20, 7)
print(r[-1], 10**19 in r, 7 * 10**18 in r, r[10**15], len(range(0, 10**18, 7)))
print(range(10**20)[-1], range(-10**20, 0)[0])
big = range(2**100)
print(big[2**99], len(range(0, 2**100, 2**50)), big[-1] == 2**100 - 1)
try:
    print(len(range(2**64)))
except OverflowError as e:
    print(e)
