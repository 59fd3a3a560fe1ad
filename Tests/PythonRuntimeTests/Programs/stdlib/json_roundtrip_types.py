# json round trip changes some types.
import json
original = {'tuple': (1, 2), 'int_key': {1: 'a'}, 'float': 1.0, 'nested': [[], {}], 'unicode': 'ü'}
text = json.dumps(original)
print(text)
back = json.loads(text)
print(back, back == original, back['tuple'], list(back['int_key']))
print(json.dumps(float('nan')), json.loads('NaN'), json.loads('-Infinity'))
print(json.dumps('\u2028\x00"\\/'))
print(json.dumps({'a': [1, {'b': None}]}, indent=1, separators=(',', ': ')))
