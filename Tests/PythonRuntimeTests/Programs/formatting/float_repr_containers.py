# Floats inside containers use repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2.0, 1e16, 1e-7, float('inf'), -0.0]
print(vals)
print(tuple(vals[:3]), {'x': 0.1 + 0.2}, {1.5})
print(str(0.1 + 0.2), repr(0.1 + 0.2), f'{0.1 + 0.2}', '%s' % (0.1 + 0.2), '%r' % (0.1 + 0.2))
print('{}'.format([0.1 * 3]), str([1.0, 2.50]))
print([round(v, 2) for v in [1.005, 2.675, 0.125]])
print(1.1 * 3, 3.3, 1.1 + 2.2, 0.1 * 10)
