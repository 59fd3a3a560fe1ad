# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, '|', e)
    print(isinstance(e, RuntimeError))
def also_forever():
    return also_forever()
for attempt in range(2):
    try:
        also_forever()
    except RecursionError as e:
        print('attempt', attempt, e)
print('still running fine:', sum(range(10)))
