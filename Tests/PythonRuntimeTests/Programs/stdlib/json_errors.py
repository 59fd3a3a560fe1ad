# json errors and custom serialisation.
import json
for bad in ['{"a": 1,}', '[1, 2', "{'a': 1}", '', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1, "a": 2}'))
