# Failed assert with a message.
def mean(values):
    assert values, 'mean() of an empty list'
    return sum(values) / len(values)
print(mean([1, 2, 3]))
print(mean([]))
