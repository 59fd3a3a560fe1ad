# Tuple unpacking in comprehension targets.
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
print([f'{n}{c}' for n, c in pairs])
print({c: n for n, c in pairs})
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print([first for first, *rest in ['abc', 'de', 'f']])
print([(k, v) for k, v in sorted({'b': 2, 'a': 1}.items())])
print([x for x, in [(1,), (2,)]])
