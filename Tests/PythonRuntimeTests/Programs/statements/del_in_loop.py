# Removing items while iterating over a copy.
nums = list(range(10))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
d = {k: k * k for k in range(6)}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
