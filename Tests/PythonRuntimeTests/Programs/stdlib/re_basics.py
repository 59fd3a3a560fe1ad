# re.match, re.search, re.findall, groups.
import re
m = re.match(r'(\w+) (\w+)', 'Hello World wide')
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r'World', 'Hello World'), re.search(r'World', 'Hello World').span())
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c3'), re.findall(r'x', 'abc'))
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'Date: 2024-03-15')
print(m.group('year'), m['month'], m.groupdict(), m.group(1, 2))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(bool(re.search(r'^\s*$', '   ')), re.search(r'(a)|(b)', 'b').groups())
m = re.match(r'(a)(b)?', 'a')
print(m.groups(), m.groups('default'), m.lastindex)
