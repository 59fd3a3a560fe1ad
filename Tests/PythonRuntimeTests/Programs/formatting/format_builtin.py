# The format() builtin and __format__.
print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(255, '#x'))
print(format(1234.5, ',.1f'), format(0.25, '%'), format(0.25, '.0%'))
print(repr(format(None)), format([1, 2]), format((1,), ''))
try:
    format([1, 2], '>10')
except TypeError as e:
    print(e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec) + 'C'
t = Temp(21.5)
print(format(t, '.1F'), f'{t:.0F}', f'{t}', f'{t:>8.2f}', '{:.3F}'.format(t))
