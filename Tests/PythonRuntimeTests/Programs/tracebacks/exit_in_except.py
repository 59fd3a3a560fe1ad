# sys.exit raised inside an except block: no traceback, exit status 2.
import sys
try:
    int('not a number')
except ValueError as e:
    print('error:', e, file=sys.stderr)
    sys.exit(2)
