# Per-op time of addmm: bias + (1x4 @ 4x4).
import time
import torch
b = torch.randn(4)
x = torch.randn(1, 4)
w = torch.randn(4, 4)
n = 200000
for _ in range(1000):
    torch.addmm(b, x, w)
t0 = time.perf_counter()
for _ in range(n):
    torch.addmm(b, x, w)
dt = time.perf_counter() - t0
print(f"{dt / n * 1e6:.3f} us/op")
