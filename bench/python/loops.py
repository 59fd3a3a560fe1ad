# Nested loops summing 5 million ints, inside a function as user code is.
def run():
    total = 0
    for i in range(2000):
        for j in range(2500):
            total += i * j % 7
    return total

print(run())
