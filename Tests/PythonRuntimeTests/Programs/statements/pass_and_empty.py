# pass in every block kind.
def noop():
    pass
class Empty:
    pass
for _ in range(2):
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(noop(), Empty.__name__, _)
while False:
    pass
print('done')
