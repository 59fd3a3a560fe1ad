# GFLOPS of a 1024x1024 float32 matmul.
import time
import torch
a = torch.randn(1024, 1024)
b = torch.randn(1024, 1024)
a @ b
best = None
for _ in range(5):
    t0 = time.perf_counter()
    a @ b
    dt = time.perf_counter() - t0
    best = dt if best is None or dt < best else best
print(f"{2 * 1024 ** 3 / best / 1e9:.1f} GFLOPS")
