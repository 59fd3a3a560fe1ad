# upper, lower, title, capitalize, swapcase, casefold.
words = ['hello world', "it's a DOG's life", 'ÉCOLE élève', 'straße', 'mIxEd CaSe 123', "they're bill's friends"]
for w in words:
    print(w.upper(), '|', w.lower(), '|', w.title(), '|', w.capitalize(), '|', w.swapcase())
print('Straße'.casefold(), 'ǅ'.title(), 'ﬁx'.capitalize())
print('hello_world-foo bar'.title(), '3rd place'.title(), 'a1b2'.title())
