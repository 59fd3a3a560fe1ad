# Float presentation types e f g % and default.
vals = [0.0, 1.0, 0.1, 1/3, 123.456, 1e-7, 1.5e20, 12345678.9, -0.000123, 100.0, 1e16]
for v in vals:
    print(f'{v} | {v:e} | {v:.2e} | {v:f} | {v:.1f} | {v:g} | {v:.3g} | {v:%} | {v:.1%} | {v:.3} | {v:10.4}')
print(f'{float("inf"):f} {float("nan"):e} {float("-inf"):g} {float("inf"):%} {float("nan"):F} {float("inf"):E}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}')
print(f'{1e22:g} {1e16:g} {123456:g} {1234567:g} {0.0001:g} {0.00001:g}')
print(f'{5:#.3g} {1.0:#g} {1.0:.0e} {1.0:#.0e}')
