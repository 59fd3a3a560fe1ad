# warnings.warn writes to stderr; catch_warnings and the "error" filter are checkable on stdout.
import warnings
print('before warning')
warnings.warn('this goes to stderr')
warnings.warn('deprecated thing', DeprecationWarning)  # shown: __main__ shows DeprecationWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded one')
    warnings.warn('recorded two', RuntimeWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an exception', UserWarning)
    except UserWarning as e:
        print('raised:', type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
print('after warnings')
