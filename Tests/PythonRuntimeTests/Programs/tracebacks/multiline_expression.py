# Error inside an expression that spans several lines.
def compute(a, b, c):
    return (a * 2
            + b
            + c)
print(compute(1, 2, 3))
print(compute(1, None, 3))
