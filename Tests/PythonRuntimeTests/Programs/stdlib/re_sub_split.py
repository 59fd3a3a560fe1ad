# re.sub, re.subn, re.split and compiled patterns.
import re
print(re.sub(r'\s+', ' ', 'too   many    spaces'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'user@host'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.sub('a', 'b', 'aaa', count=2))
print(re.subn(r'o', '0', 'foo boo'), re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\s+', '  lead'), re.split(',', 'a,b,c', maxsplit=1))
pat = re.compile(r'\b[A-Z]\w*', re.ASCII)
print(pat.findall('Alice met Bob in Paris'), pat.pattern, bool(pat.match('Zed')), pat.sub('_', 'A b C'))
print(re.findall(r'[aeiou]', 'AEIOU aeiou', re.IGNORECASE), re.findall(r'^\w', 'one\ntwo', re.M))
print([m.span() for m in re.finditer(r'\d+', 'x12y345z6')])
print(re.escape('a.b*c'), re.sub(r'x*', '-', 'abc'))
