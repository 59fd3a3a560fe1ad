# hash() of numbers is deterministic.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(1) == hash(1.0) == hash(True))
try:
    hash({})
except TypeError as e:
    print(e)
