# int methods.
print((255).bit_length(), (0).bit_length(), (-1).bit_length())
print((10).to_bytes(2, 'big'), (10).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((3).real, (3).imag, (3).numerator, (3).denominator)
print((7).conjugate(), (5).as_integer_ratio())
print((255).bit_count(), (2**100 - 1).bit_count())
print(int.__name__, (1).__class__.__name__)
print(divmod(10**25, 10**12))
