# An exception raised in a handler gets the handled one as __context__.
try:
    try:
        raise KeyError('first')
    except KeyError:
        undefined_variable
except NameError as e:
    print(type(e).__name__, e)
    print('context:', type(e.__context__).__name__, e.__context__)
    print('cause:', e.__cause__, e.__suppress_context__)
