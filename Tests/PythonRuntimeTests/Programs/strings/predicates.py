# is* predicates.
samples = ['123', '12.3', '', 'abc', 'aBc', 'ABC', 'abc123', '   ', ' \t\n', 'Hello World', 'hello world',
           '²', '½', '٣', 'é', 'straße', 'ABC1', 'Title Case', '_x', 'x1']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
