# except Exception does not catch SystemExit or KeyboardInterrupt.
import sys
for exc in [SystemExit(0), KeyboardInterrupt(), GeneratorExit(), ValueError('v')]:
    try:
        try:
            raise exc
        except Exception as e:
            print('Exception caught', type(e).__name__)
    except BaseException as e:
        print('BaseException caught', type(e).__name__)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit code:', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit code:', repr(e.code))
