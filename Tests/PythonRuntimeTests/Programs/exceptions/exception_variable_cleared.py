# The `as` name is deleted at the end of the except block.
e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
saved = None
try:
    [][0]
except IndexError as exc:
    saved = exc
print(type(saved).__name__, saved)
