# Comprehension results match equivalent loops.
words = 'the cat sat on the mat with the hat'.split()
loop = []
for w in words:
    if len(w) == 3:
        loop.append(w.upper())
comp = [w.upper() for w in words if len(w) == 3]
print(loop == comp, comp)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: words.count(w) for w in words} == counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
