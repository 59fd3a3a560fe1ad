# KeyError str() uses the repr of the key.
for key in ['a', 1, (1, 2), '', None, 'it\'s', 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), '|', repr(e), '|', e.args)
try:
    {}.pop('gone')
except KeyError as e:
    print(e)
try:
    set().remove(3)
except KeyError as e:
    print(e)
print(str(KeyError()), repr(str(KeyError())))
