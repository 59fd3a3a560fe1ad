# MROs of some built-in exceptions.
for cls in [ZeroDivisionError, KeyError, UnicodeDecodeError, FileNotFoundError,
            RecursionError, TimeoutError, SystemExit, StopIteration, OverflowError,
            IndentationError, ModuleNotFoundError, NotImplementedError, KeyboardInterrupt]:
    print(' -> '.join(c.__name__ for c in cls.__mro__))
print(BaseException.__bases__, Exception.__bases__[0].__name__)
