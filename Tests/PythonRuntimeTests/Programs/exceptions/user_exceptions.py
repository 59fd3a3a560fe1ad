# User-defined exception classes.
class AppError(Exception):
    """Base error."""
class NotFound(AppError):
    def __init__(self, item, where='db'):
        super().__init__(f'{item} not found in {where}')
        self.item = item
class Weird(AppError):
    def __str__(self):
        return 'weird!'
for exc in [NotFound('user'), NotFound('x', 'cache'), Weird(1, 2), AppError(), AppError('a', 'b')]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
try:
    raise NotFound('k')
except NotFound as e:
    print(e.item, isinstance(e, Exception), [c.__name__ for c in type(e).__mro__])
