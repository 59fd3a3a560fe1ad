# Output printed before an error is kept; stdout and stderr are separate.
import sys
for i in range(3):
    print('line', i)
print('a warning-like message', file=sys.stderr)
{}.pop('missing')
