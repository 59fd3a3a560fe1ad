# json.dumps with indent and sort_keys.
import json
data = {'zeta': [1, 2, {'inner': []}], 'alpha': {'x': None, 'empty': {}}, 'mid': 'text'}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='\t'))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([1], indent=0))
