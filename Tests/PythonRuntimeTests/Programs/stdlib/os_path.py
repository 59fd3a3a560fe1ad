# os.path helpers.
import os.path
import os
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a', ''))
print(os.path.basename('/usr/lib/file.tar.gz'), os.path.dirname('/usr/lib/file.tar.gz'), repr(os.path.basename('/usr/lib/')))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.splitext('a.b/c'))
print(os.path.split('/a/b/c'), os.path.split('file'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.exists('stdlib/os_path.py'), os.path.exists('stdlib/definitely_missing.py'))
print(os.path.isfile('stdlib/os_path.py'), os.path.isdir('stdlib'), os.path.isdir('stdlib/os_path.py'))
print(os.path.normpath('a//b/../c/./d'), os.sep, os.path.sep)
print(os.path.commonprefix(['interview', 'internet', 'interval']))
