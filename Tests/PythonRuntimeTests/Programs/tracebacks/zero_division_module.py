# ZeroDivisionError at module level, with a caret range.
numerator = 10
denominator = 0
print('dividing')
result = numerator / denominator
