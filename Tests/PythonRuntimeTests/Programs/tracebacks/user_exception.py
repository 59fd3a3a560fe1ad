# Uncaught user-defined exception with multiple args and a custom __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
def validate(record):
    if 'id' not in record:
        raise ValidationError('id', 'required')
validate({'id': 1})
print('first record ok')
validate({})
