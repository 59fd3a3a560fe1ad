# time.perf_counter and time.time only checked for ordering.
import time
t0 = time.perf_counter()
total = sum(i * i for i in range(20000))
t1 = time.perf_counter()
print(total, t1 - t0 > 0, t1 >= t0)
print(time.time() > 1_600_000_000, type(time.time()).__name__)
m0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - m0 >= 0.005, type(time.perf_counter_ns()).__name__)
