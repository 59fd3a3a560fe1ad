# Invalid syntax with a caret: reported before anything runs.
print('not executed')
def fine():
    return 1
x = 1 +* 2
