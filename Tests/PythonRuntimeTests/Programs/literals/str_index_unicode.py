# Strings index by code point, not by byte.
s = 'héllo wörld ✓ 日本語'
print(len(s), len(s.encode('utf-8')))
print(s[0], s[1], s[-1], s[-3], s[12])
print(s[1:5], s[::-1], s[::2], s[-3:], s[:-4])
print(s[100:], s[5:2], repr(s[3:3]))
print(s.find('ö'), s.index('日'), s.count('l'))
print([c for c in 'añb'])
print(ord('é'), ord('✓'), ord('日'), chr(233), chr(0x65e5))
print('ß'.upper(), 'ǅ'.lower(), 'ﬁ'.upper())
print(repr('tab\there'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x00\x7f\u200b\n'), repr('é✓'))
