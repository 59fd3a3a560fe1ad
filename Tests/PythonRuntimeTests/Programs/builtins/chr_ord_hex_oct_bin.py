# chr, ord, hex, oct, bin.
print(chr(65), chr(0x263A), chr(128512), ord('a'), ord('€'), ord('\n'))
print(hex(0), hex(255), hex(-255), hex(2**64), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    chr(1114112)
except ValueError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(hex(True), (255).__format__('x'))
