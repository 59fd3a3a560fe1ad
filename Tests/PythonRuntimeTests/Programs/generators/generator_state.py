# Generator lifecycle: created, suspended, finished.
def g():
    print('body starts')
    yield 1
    print('body resumes')
gen = g()
print('created; running:', gen.gi_running)
print(next(gen))
print('suspended at line', gen.gi_frame.f_lineno)
for _ in gen:
    pass
print('finished; frame is None:', gen.gi_frame is None)
print(next(gen, 'exhausted'), next(gen, 'still exhausted'))
print(gen.__name__, g.__name__, type(gen).__name__)
