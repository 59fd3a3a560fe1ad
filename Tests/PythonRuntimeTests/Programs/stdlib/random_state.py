# Reseeding and getstate/setstate reproduce sequences; Random instances are independent.
import random
random.seed(7)
a = [random.randint(0, 1000) for _ in range(5)]
random.seed(7)
b = [random.randint(0, 1000) for _ in range(5)]
print(a, a == b)
state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random(), x)
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
r3 = random.Random(2024)
print([r3.randrange(6) for _ in range(10)])
random.seed(0)
print(random.randint(1, 100), random.random())
