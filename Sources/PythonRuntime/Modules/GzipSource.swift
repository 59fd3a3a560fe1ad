/// `gzip`: gzip.open/compress/decompress over the native DEFLATE codec in GzipModule.swift.
enum GzipPySource {
  /// Python source run on first `import gzip`.
  static let source = ##"""
import io
import _stdlib
import _gzip

READ, WRITE = 'rb', 'wb'

class BadGzipFile(OSError):
    pass

def compress(data, compresslevel=9, *, mtime=None):
    return _gzip.compress(bytes(data), compresslevel, 0 if mtime is None else int(mtime))

def decompress(data):
    try:
        return _gzip.decompress(bytes(data))
    except OSError as e:
        raise BadGzipFile(str(e)) from None

class GzipFile(io.BytesIO):
    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        io.BytesIO.__init__(self)
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: %r' % (mode,))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None and filename is None:
            raise TypeError('filename or fileobj required')
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        elif not isinstance(filename, str):
            filename = _stdlib_fspath(filename)
        self.name = filename
        self.mode = mode
        self.fileobj = fileobj
        self._mtime = mtime
        self._compresslevel = compresslevel
        self._reading = mode.startswith('r')
        if self._reading:
            raw = fileobj.read() if fileobj is not None else _stdlib.read_bytes(filename)
            self._buf = decompress(raw)
            self._len = len(self._buf)
        elif mode[0] in 'wax':
            if fileobj is None:
                _stdlib.write_bytes(filename, b'', mode[0] == 'a')
        else:
            raise ValueError('Invalid mode: %r' % (mode,))
    def readable(self):
        return self._reading
    def writable(self):
        return not self._reading
    def read(self, size=-1):
        if not self._reading:
            import errno
            raise OSError(9, 'read() on write-only GzipFile object')
        return io.BytesIO.read(self, size)
    def readline(self, size=-1):
        if not self._reading:
            raise OSError(9, 'read() on write-only GzipFile object')
        return io.BytesIO.readline(self, size)
    def write(self, data):
        if self._reading:
            raise OSError(9, 'write() on read-only GzipFile object')
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        return io.BytesIO.write(self, bytes(data))
    def flush(self):
        self._check_closed()
    def close(self):
        if self._closed:
            return
        if not self._reading:
            data = compress(self._value(), self._compresslevel, mtime=self._mtime)
            if self.fileobj is not None:
                self.fileobj.write(data)
            else:
                _stdlib.write_bytes(self.name, data, self.mode[0] == 'a')
        self._closed = True
    def __repr__(self):
        return '<gzip ' + repr(self.name) + ' ' + hex(id(self)) + '>'

def _stdlib_fspath(p):
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    if isinstance(p, bytes):
        return p.decode()
    raise TypeError('filename must be a str or bytes object, or a file')

def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        name = filename if isinstance(filename, str) else getattr(binary_file, 'name', '')
        return io.TextIOWrapper(binary_file, encoding, errors, newline, name, mode)
    return binary_file
"""##
}
