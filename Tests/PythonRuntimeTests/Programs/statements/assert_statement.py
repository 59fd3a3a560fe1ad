# assert raises AssertionError with an optional message.
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('args:', e.args, 'str:', repr(str(e)))
try:
    assert False, 'custom message'
except AssertionError as e:
    print('args:', e.args, 'str:', str(e))
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args[0])
x = 3
try:
    assert x > 5, f'x is {x}'
except AssertionError as e:
    print(e)
