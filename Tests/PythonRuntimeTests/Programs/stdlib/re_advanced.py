# Non-greedy quantifiers, lookarounds, backreferences.
import re
html = '<b>bold</b> and <i>italic</i>'
print(re.findall(r'<.+>', html), re.findall(r'<.+?>', html))
print(re.findall(r'(\w)\1', 'aabbcdde'), re.sub(r'(\w+) \1', r'\1', 'the the cat cat sat'))
print(re.findall(r'\d+(?=px)', '10px 20em 30px'), re.findall(r'(?<=\$)\d+', 'cost $15 and $30'))
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.match(r'(?:ab)+', 'ababx').group())
print(re.findall(r'[^\W\d_]+', 'héllo wörld 123_abc'), re.findall(r'\w+', 'naïve café'))
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group())
m = re.search(r'(\d+)\.(\d+)', 'version 3.11 here')
print(m.expand(r'major=\1 minor=\2'), m.string, m.re.pattern)
