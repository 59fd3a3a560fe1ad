# Arbitrary expressions inside f-strings.
d = {'k': [1, 2, 3]}
print(f'{d["k"][1]} {len(d)} {sum(d["k"]) / 2} {", ".join(map(str, d["k"]))}')
print(f'{"yes" if d else "no"} {(lambda v: v * 2)(5)} {[i * i for i in range(4)]}')
n = 7
print(f'{n} is {"odd" if n % 2 else "even"}; {n!r:>5}; {n:{n}d}')
print(f'{3 + 4j} {None} {True:d} {b"x"} {1,}')
multi = (f'first {n} '
         f'second {n + 1}')
print(multi)
print(f"""triple {n
}""")
print(F'upper F {n}', rf'raw \n {n}', fr'{n}\t')
