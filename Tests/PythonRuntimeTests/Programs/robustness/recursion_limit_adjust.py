# Lowering and raising the recursion limit.
import sys
def depth(n):
    return n if n == 0 else depth(n - 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print('limit 100:', e)
sys.setrecursionlimit(old)
print('limit restored:', sys.getrecursionlimit(), depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
