# Iterating and building strings.
s = 'Mississippi'
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate('abc')), list(reversed('abc')))
print(''.join(ch * 2 for ch in 'abc'), ''.join(reversed('stressed')))
vowels = sum(1 for c in s.lower() if c in 'aeiou')
print(vowels)
result = ''
for i, c in enumerate('abcdef'):
    result += c.upper() if i % 2 else c
print(result)
print([s[i:i + 3] for i in range(0, len(s), 3)])
