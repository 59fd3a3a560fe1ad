# 3.11 fine-grained error locations under subscripts.
data = {'users': [{'name': 'ann', 'tags': None}]}
print(data['users'][0]['name'])
first = data['users'][0]
print(data['users'][0]['tags'][0])
