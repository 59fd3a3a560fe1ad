# Conditional expressions and short-circuit boolean operators.
for n in range(-1, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
print(0 or 'b', 'a' or 'b', 0 and 'b', 'a' and 'b', None or 0, [] and 1)
print(not 0, not 'x', not not [])
def side(x):
    print('side', x)
    return x
r = side(0) and side(1)
print(r)
r = side(2) or side(3)
print(r)
x = side(True) if side(False) else side('else')
print(x)
