# Multi-line strings and line continuation.
text = """first
  second\tTab
third"""
print(text)
print(repr(text))
print(text.count('\n'), len(text.splitlines()))
joined = 'a' \
    'b'
print(joined)
total = (1 +
         2 +
         3)
print(total)
print('\\n is backslash-n', '\101\102', '\0' == '\x00')
print(f'{"nested"!r}')
