# string module constants and Template.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
t = string.Template('$who likes ${what}!')
print(t.substitute(who='Tim', what='kung pao'), t.safe_substitute(who='Ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
