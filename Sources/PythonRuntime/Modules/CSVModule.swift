/// `csv`: reader, writer, DictReader, DictWriter with CPython's default dialect (excel: `,`, `"`, minimal quoting, `\r\n`), written in Python.
enum CSVModule {
  /// Python source run on first `import csv`.
  static let source = ##"""
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

class Error(Exception):
    pass

class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False

class excel(Dialect):
    pass

class excel_tab(excel):
    delimiter = '\t'

class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL

_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}

def register_dialect(name, dialect=None, **kw):
    base = dialect if dialect is not None else Dialect
    _dialects[name] = type(name, (base,), kw)

def get_dialect(name):
    return _dialects[name]

def list_dialects():
    return list(_dialects)

class _Params:
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            if dialect not in _dialects:
                raise Error('unknown dialect')
            dialect = _dialects[dialect]
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            setattr(self, name, kw.pop(name, getattr(dialect, name)))
        if kw:
            raise TypeError("'%s' is an invalid keyword argument for this function" % list(kw)[0])
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')

class _Reader:
    def __init__(self, f, dialect, kw):
        self._it = iter(f)
        self._p = _Params(dialect, kw)
        self.line_num = 0
        self.dialect = self._p
    def __iter__(self):
        return self
    def __next__(self):
        p = self._p
        d, q, esc = p.delimiter, p.quotechar, p.escapechar
        fields = []
        field = []
        state = 'start'
        quoted = False
        while True:
            line = next(self._it)
            self.line_num += 1
            if not field and not fields and state == 'start' and q not in line and (esc is None or esc not in line) and not p.skipinitialspace and p.quoting != QUOTE_NONNUMERIC:
                stripped = line.rstrip('\r\n')
                if '\r' not in stripped and '\n' not in stripped:
                    return stripped.split(d) if stripped else []
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    if c in '\r\n':
                        break
                    quoted = False
                    if c == q and p.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted = True
                    elif c == d:
                        fields.append('')
                    elif c == ' ' and p.skipinitialspace:
                        pass
                    elif c == esc:
                        i += 1
                        if i < n:
                            field.append(line[i])
                        state = 'field'
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c == d:
                        fields.append(self._conv(''.join(field), quoted))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        break
                    elif c == esc:
                        i += 1
                        if i < n:
                            field.append(line[i])
                    else:
                        field.append(c)
                elif state == 'quoted':
                    if c == q:
                        state = 'quote_in_quoted'
                    elif c == esc:
                        i += 1
                        if i < n:
                            field.append(line[i])
                    else:
                        field.append(c)
                elif state == 'quote_in_quoted':
                    if c == q and p.doublequote:
                        field.append(q)
                        state = 'quoted'
                    elif c == d:
                        fields.append(self._conv(''.join(field), quoted))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        break
                    elif p.strict:
                        raise Error("'%s' expected after '%s'" % (d, q))
                    else:
                        field.append(c)
                        state = 'field'
                i += 1
            if state == 'quoted':
                continue
            if state == 'start' and not fields and not field:
                return []
            fields.append(self._conv(''.join(field), quoted))
            return fields
    def _conv(self, s, quoted):
        if self._p.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s

class _Writer:
    def __init__(self, f, dialect, kw):
        self._f = f
        self._p = _Params(dialect, kw)
        self.dialect = self._p
    def _field(self, v):
        p = self._p
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        if p.quoting == QUOTE_ALL:
            need = True
        elif p.quoting == QUOTE_NONNUMERIC:
            need = not isinstance(v, (int, float)) or isinstance(v, bool)
        elif p.quoting == QUOTE_NONE:
            need = False
        else:
            need = (s == '' and False) or any(c in s for c in (p.delimiter, p.quotechar, '\r', '\n')) or s[:1] == ' ' and False
        if p.quoting == QUOTE_NONE or not need:
            if p.escapechar:
                for c in (p.escapechar, p.delimiter, p.quotechar):
                    s = s.replace(c, p.escapechar + c)
            elif p.quoting == QUOTE_NONE and any(c in s for c in (p.delimiter, '\r', '\n')):
                raise Error('need to escape, but no escapechar set')
            return s
        if p.doublequote:
            s = s.replace(p.quotechar, p.quotechar * 2)
        elif p.escapechar:
            s = s.replace(p.quotechar, p.escapechar + p.quotechar)
        return p.quotechar + s + p.quotechar
    def writerow(self, row):
        fields = [self._field(v) for v in row]
        if len(fields) == 1 and fields[0] == '':
            fields[0] = self._p.quotechar * 2
        line = self._p.delimiter.join(fields) + self._p.lineterminator
        return self._f.write(line)
    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)

def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0
    def __iter__(self):
        return self
    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames
    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)
    def writeheader(self):
        return self.writer.writerow(self.fieldnames)
    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)
    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))
    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)

field_size_limit = lambda *a: 131072
"""##
}
