# Self-referencing containers have a safe repr.
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
print(a, d)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
print(a == a, len(str(a)))
