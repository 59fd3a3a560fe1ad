# Large integer arithmetic stays exact.
a = 3 ** 2000
b = 7 ** 1000
print(len(str(a)), str(a)[:15], str(a)[-15:])
print((a * b) % 1000000007, (a + b) % 999983, a // b % 10**12)
print(a % b == a - (a // b) * b, divmod(a, b)[1] < b)
f = 1
for i in range(2, 301):
    f *= i
print(len(str(f)), str(f).rstrip('0')[-10:], len(str(f)) - len(str(f).rstrip('0')))
print(pow(2, 10**4, 10**9 + 7), (2**4000).bit_length(), -(2**4000) // 3 % 10)
print(int('9' * 500) + 1 == 10**500, (10**500 - 1) // 9 == int('1' * 500))
print(hex(2**256 - 1), (-5) ** 101 % 1000)
