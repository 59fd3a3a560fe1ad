# Moderately large allocations work and clean up.
rows = [[i * j for j in range(300)] for i in range(300)]
print(sum(map(sum, rows)), rows[299][299])
del rows
chunks = [bytes(1000) for _ in range(1000)]
print(sum(len(c) for c in chunks))
text = ','.join(str(i) for i in range(100000))
print(len(text), text[-11:], len(text.split(',')))
