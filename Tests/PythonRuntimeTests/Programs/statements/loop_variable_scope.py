# Loop variables remain bound after the loop.
for i in range(3):
    pass
print(i)
for ch in 'xyz':
    last = ch
print(ch, last)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([f() for f in funcs])
for i in range(0):
    pass
print(i)
