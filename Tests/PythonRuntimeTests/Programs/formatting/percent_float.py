# %-formatting of floats: f e E g G with precision and flags.
for x in [0.0, 1.5, -2.25, 1234.5678, 1e-5, 1e16, 123456789.0, 0.1 + 0.2]:
    print('%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%.3g|%G|%+.1f' % (x, x, x, x, x, x, x, x, x, x))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%#.0f %#g %g %g' % (3.0, 2.0, 100000.0, 1000000.0))
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%08.3f|%-8.2e|%+08.2f' % (3.14159, 31415.9, -2.5))
print('%.15g %.17g %r' % (0.1, 0.1, 0.1))
