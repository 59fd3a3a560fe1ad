# iter(callable, sentinel) and reversed on custom sequences.
import io
buf = io.StringIO('line1\nline2\nline3\n')
for line in iter(buf.readline, ''):
    print(repr(line))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 11
print(list(reversed(Seq())), list(Seq()))
class RevAware:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(RevAware())))
print(list(reversed(range(1, 10, 3))), reversed([1, 2]).__class__.__name__)
