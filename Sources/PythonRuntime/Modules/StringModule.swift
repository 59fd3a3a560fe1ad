/// `string`: the character-class constants, capwords and Template, written in Python.
enum StringModule {
  /// Python source run on first `import string`.
  static let source = ##"""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')

class Template:
    delimiter = '$'
    def __init__(self, template):
        self.template = template
    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            if i + 1 < n and t[i + 1] == '{':
                j = t.find('}', i + 2)
                name = t[i + 2:j] if j >= 0 else ''
                if j < 0 or not name.isidentifier():
                    if safe:
                        out.append('$')
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = j + 1
            else:
                j = i + 1
                while j < n and (t[j] == '_' or t[j].isalnum() and t[j].isascii()):
                    j += 1
                name = t[i + 1:j]
                if not name or not _is_ident_start(name[0]):
                    if safe:
                        out.append('$')
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = j
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)
    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, False)
    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, True)

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
"""##
}
