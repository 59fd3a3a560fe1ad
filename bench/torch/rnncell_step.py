# A 5-step RNNCell forward + backward (the course's lec12 loop), time per step.
import time
import torch
torch.manual_seed(0)
cell = torch.nn.RNNCell(4, 2)
data = torch.randn(5, 1, 4)
n = 20000
def once():
    h = torch.zeros(1, 2)
    for x in data:
        h = cell(x, h)
    h.sum().backward()
for _ in range(100):
    once()
t0 = time.perf_counter()
for _ in range(n):
    once()
dt = time.perf_counter() - t0
print(f"{dt / n / 5 * 1e6:.3f} us/step")
