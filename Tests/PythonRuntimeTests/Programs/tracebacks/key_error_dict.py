# KeyError shows the repr of the key.
config = {'name': 'demo'}
print(config['name'])
print(config.get('version', 'no version'))
print(config['version'])
print('never printed')
