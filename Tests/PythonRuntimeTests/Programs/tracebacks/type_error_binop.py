# TypeError from a binary operation inside a function.
def total(prices):
    result = 0
    for p in prices:
        result = result + p
    return result
print(total([1, 2, 3]))
print(total([1, '2', 3]))
