# Return statements and implicit None.
def nothing():
    return
def implicit():
    x = 1
def multiple():
    return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), implicit(), multiple(), early(10), early(0))
def in_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(in_finally())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
