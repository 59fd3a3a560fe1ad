# unicodedata normalize, category, name.
import unicodedata
s = 'e\u0301'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = unicodedata.normalize(form, s)
    print(form, len(n), [hex(ord(c)) for c in n])
print(unicodedata.normalize('NFKC', 'ﬁ①²'), unicodedata.normalize('NFC', 'é') == 'é')
for ch in ['A', 'a', '1', ' ', '!', 'é', '日', '\u0301', '\n', '½', '€']:
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, '<no name>'))
print(unicodedata.lookup('SNOWMAN'), unicodedata.decimal('٣'), unicodedata.numeric('½'), unicodedata.digit('²'))
print(unicodedata.combining('\u0301'), unicodedata.bidirectional('A'), unicodedata.mirrored('('))
