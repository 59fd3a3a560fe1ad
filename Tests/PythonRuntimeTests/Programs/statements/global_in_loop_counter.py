# Using globals as accumulators across calls.
total = 0
calls = []
def add(n):
    global total
    total += n
    calls.append(n)  # mutation needs no global statement
for n in [5, 10, 15]:
    add(n)
print(total, calls)
def reset():
    global total, calls
    total, calls = 0, []
reset()
print(total, calls)
