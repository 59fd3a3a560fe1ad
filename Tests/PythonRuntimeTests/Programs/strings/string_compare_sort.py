# String comparison is by code point.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zebra', '10', '9', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words))
print('a' < 'B', 'a'.lower() < 'B'.lower(), 'Z' < 'a', 'é' > 'z')
print(sorted('Hello World'), ''.join(sorted('python')))
