# IndexError from list indexing in a loop.
items = ['a', 'b', 'c']
print('items:', items)
for i in range(4):
    print(i, items[i])
print('never printed')
