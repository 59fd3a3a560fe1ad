# raise ... from sets __cause__; implicit chaining sets __context__.
class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f'bad value {s!r}') from e
try:
    load('x')
except ConfigError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
try:
    try:
        {}['a']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
