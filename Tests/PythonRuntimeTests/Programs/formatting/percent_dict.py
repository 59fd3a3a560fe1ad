# %-formatting with a mapping.
data = {'name': 'Ann', 'age': 31, 'score': 92.456, 'tags': ['a', 'b']}
print('%(name)s is %(age)d and scored %(score).1f' % data)
print('%(name)-6s|%(age)04d|%(score)10.2e|%(tags)r' % data)
print('%(name)s %(name)s' % data, '%%(name)s' % {})
try:
    '%(missing)s' % data
except KeyError as e:
    print('KeyError', e)
class Lookup(dict):
    def __missing__(self, k):
        return k.upper()
print('%(abc)s-%(de)s' % Lookup())
