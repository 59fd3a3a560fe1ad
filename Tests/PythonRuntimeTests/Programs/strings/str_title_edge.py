# Title-casing and capitalising around apostrophes and digits.
for s in ["don't stop", 'o\'neil', 'x-ray', '42nd street', 'ALL CAPS', 'mcDonald', 'ǆemal', '']:
    print(repr(s.title()), repr(s.capitalize()), s.istitle())
import string
print(string.capwords("don't stop  here"), string.capwords('a-b c', '-'))
