# Chaining generators into a pipeline.
lines = ['10 apples', '# comment', '', '3 pears', '7 plums', 'bad line']
def non_empty(src):
    for line in src:
        if line and not line.startswith('#'):
            yield line
def parse(src):
    for line in src:
        count, _, name = line.partition(' ')
        if count.isdigit():
            yield name, int(count)
def running_total(src):
    total = 0
    for name, n in src:
        total += n
        yield name, n, total
for row in running_total(parse(non_empty(lines))):
    print(row)
