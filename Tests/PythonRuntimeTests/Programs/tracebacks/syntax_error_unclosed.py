# A SyntaxError is reported at compile time: nothing runs.
print('this line never runs')
values = [1, 2, 3
print(values)
print('end')
