# An uncaught NameError at module level.
print('before the error')
value = 10
print(value + undefined_name)
print('never printed')
