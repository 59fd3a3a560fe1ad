# Generator expressions in class bodies only see the first iterable.
class C:
    base = [1, 2, 3]
    doubled = [x * 2 for x in base]
    try:
        offsets = [x + y for x in base for y in base[:1]]
    except NameError as e:
        offsets = str(e)
print(C.doubled)
print(C.offsets)
x = 'outer'
lst = [x for x in 'ab']
print(x, lst)
