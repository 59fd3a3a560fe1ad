# Quotes and escapes in f-strings (3.11 rules).
name = 'world'
print(f"hello {name!r}", f'hello {"quoted"}', f'''{'triple'}''')
newline = '\n'
print(f'a{newline}b', f'{"tab":>5}\t|')
print(f'{{}}', f'{{{name}}}', f'{name}}}', f'{{{{}}}}')
data = {'key': 'value'}
print(f"{data['key']}", f'{data["key"]}')
print(f'{name:}', f'{name!s:}', f'{len(name):03}')
