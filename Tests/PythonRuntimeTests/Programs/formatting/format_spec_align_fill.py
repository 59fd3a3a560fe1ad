# Fill and alignment in the format-spec mini-language.
for spec in ['<10', '>10', '^10', '*<10', '*>10', '*^10', '-^9', '010', '=+10']:
    print(spec.ljust(6), '[' + format(42, spec) + ']', '[' + (format('ab', spec) if spec not in ('010', '=+10') else 'n/a') + ']')
print(f'[{"x":^4}] [{"x":^5}] [{"ab":^5}]')
print(f'[{-42:=8}] [{-42:0=8}] [{42:#^+8}]')
print('[{:{fill}{align}{width}}]'.format('mid', fill='~', align='^', width=11))
print(f'[{"é":*^5}] [{"日本":>6}]')
