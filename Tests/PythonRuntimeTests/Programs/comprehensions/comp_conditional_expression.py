# Conditional expressions inside comprehensions.
print(['fizzbuzz' if n % 15 == 0 else 'fizz' if n % 3 == 0 else 'buzz' if n % 5 == 0 else n
       for n in range(1, 16)])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
print({k: ('even' if k % 2 == 0 else 'odd') for k in range(4)})
print([(a, b) for a in range(4) for b in range(4) if a < b if (a + b) % 2])
