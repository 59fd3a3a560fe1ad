# global statements modify module-level names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created
    created = 'yes'
make()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
