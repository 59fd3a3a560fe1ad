# Exceptions without a message print just the type.
def check(flag):
    if not flag:
        raise RuntimeError
check(True)
print('checked')
check(False)
