# random with a fixed seed reproduces CPython's Mersenne Twister sequence.
import random
random.seed(0)
print(random.random())
print([random.random() for _ in range(3)])
random.seed(42)
print(random.randint(1, 10), random.randint(1, 10), random.randint(-100, 100), random.randint(0, 2**70))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
