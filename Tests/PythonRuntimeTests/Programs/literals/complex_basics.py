# Complex numbers basics.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex(1, -1), complex('2+3j'), -1j, 0j, complex(0, 0))
print(repr(1 + 0j), repr(-0.0 + 1j), 2j ** 2)
print(z == 3 + 4j, type(z).__name__)
print(complex(1.5, 2.5), [1j, 2 + 0.5j])
