# callable() on various objects.
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
for v in [len, print, lambda: 0, WithCall(), Without(), WithCall, 5, 'str', str, [].append, None, type]:
    print(callable(v), end=' ')
print()
