/// `io`: StringIO and BytesIO in-memory streams, written in Python (real files come from `open()`, see FileObject.swift).
enum IOModule {
  /// Python source run on first `import io`.
  static let source = ##"""
from _stdlib import join as _join, read_bytes as _read_bytes, write_bytes as _write_bytes, stat as _stat

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192

class UnsupportedOperation(OSError):
    pass

class IOBase:
    _closed = False
    @property
    def closed(self):
        return self._closed
    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True
    def flush(self):
        self._check_closed()
    def __enter__(self):
        self._check_closed()
        return self
    def __exit__(self, *args):
        self.close()
    def __iter__(self):
        self._check_closed()
        return self
    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def isatty(self):
        return False
    def fileno(self):
        raise UnsupportedOperation('fileno')

class _Memory(IOBase):
    # Shared by StringIO and BytesIO: a buffer plus a position; appends are batched in _tail.
    def _init(self, empty, initial):
        self._empty = empty
        self._buf = initial
        self._tail = []
        self._pos = 0
        self._len = len(initial)
    def _value(self):
        if self._tail:
            self._buf = _join(self._empty, [self._buf] + self._tail)
            self._tail = []
        return self._buf
    def getvalue(self):
        self._check_closed()
        return self._value()
    def read(self, size=-1):
        self._check_closed()
        self._lines = None
        buf = self._value()
        if size is None or size < 0:
            r = buf[self._pos:]
        else:
            r = buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r
    def read1(self, size=-1):
        return self.read(size)
    def _line_end(self, buf, size):
        nl = '\n' if self._empty == '' else b'\n'
        i = buf.find(nl, self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        return end
    _lines = None
    def readline(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            lines = self._lines
            if lines is None:
                nl = '\n' if self._empty == '' else b'\n'
                lines = self._value()[self._pos:].split(nl)
                last = lines.pop()
                lines = [x + nl for x in lines]
                if last:
                    lines.append(last)
                lines.reverse()
                self._lines = lines
            if not lines:
                return self._empty
            r = lines.pop()
            self._pos += len(r)
            return r
        self._lines = None
        buf = self._value()
        end = self._line_end(buf, size)
        r = buf[self._pos:end]
        self._pos = end
        return r
    def write(self, s):
        self._check_closed()
        if self._empty == '' and not isinstance(s, str):
            raise TypeError('string argument expected, got \'%s\'' % type(s).__name__)
        if self._empty == b'' and isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(s)
        self._lines = None
        if self._pos == self._len:
            self._tail.append(s)
            self._len += n
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + self._empty_pad(self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._len = len(self._buf)
        self._pos += n
        return n
    def _empty_pad(self, n):
        return '\0' * n if self._empty == '' else bytes(n)
    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._value()) + pos
        if pos < 0:
            raise ValueError('negative seek value %d' % pos)
        self._lines = None
        self._pos = pos
        return pos
    def tell(self):
        self._check_closed()
        return self._pos
    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        self._lines = None
        self._buf = self._value()[:size]
        self._len = len(self._buf)
        return size

class StringIO(_Memory):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._init('', initial_value)
        self.newline = newline
    def __repr__(self):
        return '<_io.StringIO object>'

class BytesIO(_Memory):
    def __init__(self, initial_bytes=b''):
        self._init(b'', bytes(initial_bytes))
    def getbuffer(self):
        return self.getvalue()
    def __repr__(self):
        return '<_io.BytesIO object>'

def _check_mode(mode):
    for c in mode:
        if c not in 'rwaxbt+U':
            raise ValueError('invalid mode: %r' % mode)
    kinds = sum(c in mode for c in 'rwax')
    if kinds != 1 or ('b' in mode and 't' in mode):
        raise ValueError('must have exactly one of create/read/write/append mode')

class BufferedFile(BytesIO):
    # A binary file: read modes load the file; write modes keep the data and write it on flush/close.
    def __init__(self, path, mode='rb'):
        BytesIO.__init__(self)
        self.name = path
        self.mode = mode
        self._writing = any(c in mode for c in 'wax+')
        self._reading = 'r' in mode or '+' in mode
        if 'x' in mode and _stat(path) is not None:
            raise FileExistsError("[Errno 17] File exists: %r" % (path,))
        self._append_from = None
        if 'r' in mode:
            self._buf = _read_bytes(path)
            self._len = len(self._buf)
        elif 'a' in mode:
            _write_bytes(path, b'', True)
            self._append_from = 0
        else:
            _write_bytes(path, b'', False)
    def readable(self):
        return self._reading
    def writable(self):
        return self._writing
    def read(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation('read')
        return BytesIO.read(self, size)
    def readline(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation('readline')
        return BytesIO.readline(self, size)
    def write(self, b):
        if not self._writing:
            raise UnsupportedOperation('write')
        return BytesIO.write(self, b)
    def flush(self):
        self._check_closed()
        if self._writing:
            data = self._value()
            if self._append_from is not None:
                _write_bytes(self.name, data[self._append_from:], True)
                self._append_from = len(data)
            else:
                _write_bytes(self.name, data, False)
    def __repr__(self):
        kind = 'BufferedReader' if not self._writing else 'BufferedWriter'
        return '<_io.%s name=%r>' % (kind, self.name)

class TextIOWrapper(StringIO):
    # Text over a binary buffer: decodes it all when reading, encodes on flush when writing.
    def __init__(self, buffer, encoding=None, errors=None, newline=None, name=None, mode='r'):
        StringIO.__init__(self)
        self.buffer = buffer
        self.encoding = encoding or 'UTF-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self.name = getattr(buffer, 'name', name) if name is None else name
        self.mode = mode
        self._writing = buffer.writable()
        self._reading = buffer.readable() and 'r' in mode or '+' in mode
        self._flushed = 0
        if self._reading:
            text = buffer.read().decode(self.encoding, self.errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buf = text
            self._len = len(text)
    def readable(self):
        return self._reading
    def writable(self):
        return self._writing
    def read(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation('not readable')
        return StringIO.read(self, size)
    def readline(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation('not readable')
        return StringIO.readline(self, size)
    def write(self, s):
        if not self._writing:
            raise UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        return StringIO.write(self, s)
    def flush(self):
        self._check_closed()
        if self._writing:
            text = self._value()
            new = text[self._flushed:]
            if new:
                if self._newline not in (None, '', '\n'):
                    new = new.replace('\n', self._newline)
                self.buffer.write(new.encode(self.encoding, self.errors))
                self._flushed = len(text)
            self.buffer.flush()
    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True
                self.buffer.close()
    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        elif isinstance(file, bytes):
            file = file.decode()
        else:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    _check_mode(mode)
    if 'b' in mode:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        return BufferedFile(file, mode)
    raw = BufferedFile(file, mode.replace('t', '') + 'b')
    return TextIOWrapper(raw, encoding, errors, newline, file, mode)
"""##
}
