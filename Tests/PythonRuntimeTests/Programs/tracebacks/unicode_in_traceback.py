# Non-ASCII text in the source line and message.
def grüßen(name):
    raise ValueError(f'ungültiger Name: {name!r} ✗')
print('grüße an alle')
grüßen('Zoë')
