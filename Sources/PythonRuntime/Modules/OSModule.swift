/// `os` and `os.path`: path helpers in Python on top of native file-system primitives from `_swifttorch`.
enum OSModule {
  /// Python source run on first `import os`.
  static let source = ##"""
import _stdlib as _st
import sys as _sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
error = OSError

class _Environ(dict):
    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')' if False else 'environ({' + ', '.join('%r: %r' % kv for kv in self.items()) + '})'

environ = _Environ(_st.environ())

def getenv(key, default=None):
    return environ.get(key, default)

def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)

def getcwd():
    return _st.getcwd()

def chdir(p):
    _st.chdir(fspath(p))

def listdir(p='.'):
    return _st.listdir(fspath(p))

def mkdir(p, mode=0o777, *, dir_fd=None):
    _st.mkdir(fspath(p))

def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=True)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

def remove(p):
    _st.remove(fspath(p))

unlink = remove

def rmdir(p):
    _st.rmdir(fspath(p))

def removedirs(name):
    rmdir(name)

def rename(src, dst):
    _st.rename(fspath(src), fspath(dst))

replace = rename

def getpid():
    return _st.getpid()

def cpu_count():
    return 2

class stat_result(tuple):
    st_mode = property(lambda self: self[0])
    st_size = property(lambda self: self[6])
    st_mtime = property(lambda self: self[8])

def stat(p):
    p = fspath(p)
    r = _st.stat(p)
    if r is None:
        open(p).close()
    kind, size, mtime = r
    mode = 0o40755 if kind == 2 else 0o100644
    return stat_result((mode, 0, 0, 1, 0, 0, size, mtime, mtime, mtime))

class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
    def is_dir(self):
        return path.isdir(self.path)
    def is_file(self):
        return path.isfile(self.path)
    def __fspath__(self):
        return self.path
    def __repr__(self):
        return '<DirEntry %r>' % self.name

class _ScandirIterator:
    def __init__(self, p):
        self._entries = iter([DirEntry(p, n) for n in sorted(listdir(p))])
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._entries)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
    def close(self):
        pass

def scandir(p='.'):
    return _ScandirIterator(fspath(p))

def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs

class _Path:
    # os.path (posixpath) as a namespace object.
    sep = '/'
    curdir = '.'
    pardir = '..'
    extsep = '.'
    pathsep = ':'
    def join(self, a, *p):
        a = fspath(a)
        result = a
        for b in map(fspath, p):
            if b.startswith('/'):
                result = b
            elif not result or result.endswith('/'):
                result += b
            else:
                result += '/' + b
        return result
    def split(self, p):
        p = fspath(p)
        i = p.rfind('/') + 1
        head, tail = p[:i], p[i:]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head, tail
    def basename(self, p):
        p = fspath(p)
        return p[p.rfind('/') + 1:]
    def dirname(self, p):
        return self.split(p)[0]
    def splitext(self, p):
        p = fspath(p)
        sep_index = p.rfind('/')
        dot_index = p.rfind('.')
        if dot_index > sep_index:
            filename_index = sep_index + 1
            while filename_index < dot_index:
                if p[filename_index] != '.':
                    return p[:dot_index], p[dot_index:]
                filename_index += 1
        return p, p[:0]
    def isabs(self, p):
        return fspath(p).startswith('/')
    def normpath(self, p):
        p = fspath(p)
        if p == '':
            return '.'
        initial = 2 if p.startswith('//') and not p.startswith('///') else (1 if p.startswith('/') else 0)
        comps = p.split('/')
        new = []
        for c in comps:
            if c in ('', '.'):
                continue
            if c != '..' or (not initial and not new) or (new and new[-1] == '..'):
                new.append(c)
            elif new:
                new.pop()
        p = '/'.join(new)
        if initial:
            p = '/' * initial + p
        return p or '.'
    def abspath(self, p):
        p = fspath(p)
        if not p.startswith('/'):
            p = self.join(getcwd(), p)
        return self.normpath(p)
    def realpath(self, p, *, strict=False):
        return self.abspath(p)
    def relpath(self, p, start=None):
        if not p:
            raise ValueError('no path specified')
        start = curdir if start is None else fspath(start)
        start_list = [x for x in self.abspath(start).split('/') if x]
        path_list = [x for x in self.abspath(p).split('/') if x]
        i = len(self.commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return self.join(*rel_list)
    def commonprefix(self, m):
        if not m:
            return ''
        s1 = min(m)
        s2 = max(m)
        for i, c in enumerate(s1):
            if c != s2[i]:
                return s1[:i]
        return s1
    def exists(self, p):
        try:
            return _st.stat(fspath(p)) is not None
        except (TypeError, ValueError):
            return False
    lexists = exists
    def isfile(self, p):
        r = _st.stat(fspath(p))
        return r is not None and r[0] == 1
    def isdir(self, p):
        r = _st.stat(fspath(p))
        return r is not None and r[0] == 2
    def islink(self, p):
        return False
    def getsize(self, p):
        return stat(p).st_size
    def getmtime(self, p):
        return stat(p).st_mtime
    def expanduser(self, p):
        p = fspath(p)
        if p.startswith('~'):
            return environ.get('HOME', '/root') + p[1:]
        return p
    def expandvars(self, p):
        return p
    def normcase(self, p):
        return p
    def __repr__(self):
        return "<module 'posixpath' from 'swifttorch'>"

path = _Path()
_sys.modules['os.path'] = path
"""##
}
