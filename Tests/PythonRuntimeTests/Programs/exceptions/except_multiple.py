# Multiple except clauses and tuples of exception types.
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('abc')
    return 'fine'
for kind in ['key', 'index', 'type', 'value', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup problem:', type(e).__name__, e)
    except TypeError as e:
        print('type problem:', e)
    except Exception as e:
        print('other:', type(e).__name__, e)
