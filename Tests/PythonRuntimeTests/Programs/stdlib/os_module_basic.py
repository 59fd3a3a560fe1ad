# os functions that are deterministic from the Programs folder.
import os
print(os.path.basename(os.getcwd()))
print(sorted(n for n in os.listdir('stdlib') if n.startswith('os_') and n.endswith('.py')))
print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir)
print(os.path.relpath('stdlib/os_module_basic.py', 'stdlib'), os.path.abspath('x').endswith('/Programs/x'))
print(os.environ.get('SWIFTTORCH_SURELY_UNSET', 'unset'), 'PATH' in os.environ)
