# Dispatch with dicts and if-chains (no match statement).
def area(shape, *dims):
    table = {
        'square': lambda s: s * s,
        'rect': lambda w, h: w * h,
        'circle': lambda r: round(3.14159 * r * r, 2),
    }
    fn = table.get(shape)
    if fn is None:
        return 'unknown ' + shape
    return fn(*dims)
print(area('square', 3))
print(area('rect', 2, 5))
print(area('circle', 1))
print(area('hexagon'))
