# uniform, gauss and friends with a seed.
import random
random.seed(12345)
print(random.uniform(1, 10), random.uniform(-1, 1), random.uniform(5, 5))
print(random.gauss(0, 1), random.gauss(100, 15), random.gauss(0, 1))
print(random.normalvariate(0, 1), random.expovariate(2), random.triangular(0, 10, 3))
print(random.betavariate(2, 5), random.lognormvariate(0, 1))
