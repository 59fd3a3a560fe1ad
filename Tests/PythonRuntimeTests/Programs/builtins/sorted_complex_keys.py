# Sorting by multiple keys and with itemgetter/attrgetter.
from operator import itemgetter, attrgetter
rows = [{'n': 'c', 'a': 3}, {'n': 'a', 'a': 3}, {'n': 'b', 'a': 1}]
print(sorted(rows, key=itemgetter('a', 'n')))
print([r['n'] for r in sorted(rows, key=itemgetter('a'), reverse=True)])
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f'{self.name}:{self.age}'
ps = [P('x', 30), P('y', 20), P('z', 30)]
print(sorted(ps, key=attrgetter('age')), sorted(ps, key=attrgetter('age', 'name'), reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=itemgetter(0)))
print(list(map(itemgetter(1), [(1, 'b'), (2, 'c')])))
