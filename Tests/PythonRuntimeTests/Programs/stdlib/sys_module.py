# sys.argv, version_info and the recursion limit.
import sys
print(sys.argv)
print(sys.version_info.major, sys.version_info[0], sys.version_info >= (3, 0))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.maxsize == 2**63 - 1, sys.byteorder in ('little', 'big'))
print(type(sys.path).__name__, sys.stdout is not None, sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.dig)
sys.stdout.write('written directly\n')
sys.stderr.write('to stderr directly\n')
print(sys.modules['sys'] is sys, __name__)
