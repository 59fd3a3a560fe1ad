# Assorted str methods.
print('hello'.index('l'), 'a-b-c'.split('-', 1))
print('Hello'.swapcase(), 'hello'.upper().lower(), 'ABC'.isupper())
print('%'.join('ab'), 'ab'.__len__(), 'abc'.__contains__('b'))
print(str.maketrans('abc', 'xyz'))
print('abcabc'.translate(str.maketrans('abc', 'xyz')), 'hello'.translate({ord('l'): None}))
print('hello'.translate(str.maketrans({'h': 'J', 'o': '0'})))
print('tEST'.capitalize(), 'x'.center(4, '#'))
print(str(123), str([1, 'a']), str(None), str(3.0), str(b'x'))
