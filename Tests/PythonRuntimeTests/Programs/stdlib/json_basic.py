# json.dumps and json.loads.
import json
data = {'name': 'Ann', 'age': 30, 'tags': ['x', 'y'], 'active': True, 'spouse': None, 'score': 9.5}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, type(json.loads(s)).__name__)
print(json.dumps([1, 'two', 3.0, False, None, {'k': [1]}]))
print(json.dumps('héllo ✓'), json.dumps('héllo ✓', ensure_ascii=False))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps({1: 'int key', 2.5: 'f'}))
print(json.dumps((1, 2)), json.dumps(1e16), json.dumps(0.1 + 0.2), json.dumps(float('inf')), json.dumps(2**70))
print(json.loads('[1, 2.0, "three", true, null, {"a": {}}]'))
print(json.loads('"\\u00e9\\n"'), json.loads('1e2'), json.loads('  42 '))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
