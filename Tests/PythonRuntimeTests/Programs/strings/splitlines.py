# splitlines on all line boundaries.
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\x85nine'
print(text.splitlines())
print('a\nb\n'.splitlines(), 'a\nb\n'.split('\n'))
print('a\nb\r\n'.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines())
print('no newline'.splitlines())
print(b'x\ny\r\n'.splitlines())
