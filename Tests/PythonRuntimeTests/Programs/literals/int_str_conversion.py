# Converting integers to and from strings.
n = 2**100
print(str(n), repr(n), hex(n), oct(n), bin(12))
print(int(str(n)) == n, int(hex(n), 16) == n)
print(str(-0), str(-123), int('-0'), int('+7'))
print(int('123456789' * 5))
print(int('10', 2), int('777', 8), int('deadbeef', 16), int('zz', 36))
print(int(' 0b11 ', 0), int('0o777', 0), int('0xABC', 0))
print(format(255, 'x'), format(255, 'X'), format(255, 'b'), format(255, 'o'))
print(len(str(3**1000)), str(3**1000)[:20])
print(hex(-255), bin(-5), oct(-8))
