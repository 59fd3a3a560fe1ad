# Raising a class instantiates it; raising non-exceptions fails.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 'string'
except TypeError as e:
    print(e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(e)
try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e), repr(e.__cause__))
