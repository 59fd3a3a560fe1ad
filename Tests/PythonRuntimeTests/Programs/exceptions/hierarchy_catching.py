# Catching via base classes of the built-in hierarchy.
cases = [
    (lambda: 1 / 0, ArithmeticError),
    (lambda: {}['k'], LookupError),
    (lambda: [][1], LookupError),
    (lambda: int('x'), ValueError),
    (lambda: undefined_name, NameError),
    (lambda: 2.0 ** 10000, ArithmeticError),
    (lambda: 'é'.encode('ascii'), ValueError),
    (lambda: b'\xff'.decode('utf-8'), UnicodeError),
    (lambda: next(iter([])), Exception),
    (lambda: None.foo, AttributeError),
    (lambda: open('/nonexistent/dir/file'), OSError),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print(base.__name__, 'caught', type(e).__name__, '|', e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(FileNotFoundError, OSError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndentationError, SyntaxError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(StopIteration, Exception), issubclass(SystemExit, Exception), IOError is OSError)
