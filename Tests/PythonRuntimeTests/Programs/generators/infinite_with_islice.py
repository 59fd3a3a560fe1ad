# Infinite generators consumed partially.
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda x: x < 30, (n * n for n in naturals()))))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
