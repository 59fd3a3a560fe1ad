# Grouping records with sorted + groupby.
from itertools import groupby
from operator import itemgetter
sales = [('north', 'apples', 3), ('south', 'pears', 5), ('north', 'pears', 2), ('east', 'apples', 7), ('south', 'apples', 1)]
for region, rows in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([k for k, _ in groupby('AAAABBBCCDAABBB')])
