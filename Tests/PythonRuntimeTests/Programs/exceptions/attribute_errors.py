# AttributeError messages.
class Thing:
    pass
import math
for fn in [lambda: None.foo, lambda: (5).real_part, lambda: 'x'.foo, lambda: Thing().missing,
           lambda: Thing.missing, lambda: math.nothing, lambda: [].push]:
    try:
        fn()
    except AttributeError as e:
        print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
