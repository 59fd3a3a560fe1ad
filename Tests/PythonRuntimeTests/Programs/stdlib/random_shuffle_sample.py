# shuffle, sample and choices with a seed.
import random
random.seed(1)
l = list(range(10))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample('abcdef', 3), random.sample([1, 2, 3], 3))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
random.seed('text seed')
print(random.random(), random.getrandbits(16), random.getrandbits(80))
