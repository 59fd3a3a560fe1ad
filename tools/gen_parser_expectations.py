#!/usr/bin/env python3
"""Generates Tests/PythonRuntimeTests/Syntax/ParserExpectations+*.swift from CPython 3.11's `ast`
module and compile(): the expected AST dumps (format of ASTDump.swift) and SyntaxErrors for the
sources listed below. Run from the repository root with CPython 3.11:

    python3 tools/gen_parser_expectations.py
"""
import ast
import struct
import sys
import warnings

warnings.simplefilter("ignore")

assert sys.version_info[:2] == (3, 11), "expectations are CPython 3.11's"

CASES = {
    "Atoms": [
        "x", "None", "True", "False", "...", "1", "0", "00", "1_000", "0xff", "0XFF", "0o17", "0b1010",
        "0x_f", "12345678901234567890", "0xFFFFFFFFFFFFFFFFFFFF", "1.5", "1.", ".5", "1e10", "1E-5",
        "1_0.0_1e1_0", "3j", "1.5J", "1e3j", "0.0", "1e400", "x.y.z", "1if x else 2", "1or 2",
        "[1]", "[]", "()", "(1,)", "(1, 2)", "{}", "{1}", "{1: 2}", "(x)", "((x))", "1,", "1, 2",
    ],
    "Strings": [
        "'a'", '"a"', "'''a\nb'''", '"""x"""', "''", "''''''", "'a' 'b'", "'a' \"b\" '''c'''",
        "r'\\n'", "R'\\d'", "b'ab'", "B'\\x00\\xff'", "br'\\n'", "Rb'x'", "u'x'", "U'x'",
        "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "'\\x41\\101\\0\\7'", "'\\u00e9\\U0001F600'",
        "'\\N{BULLET}'", "'\\N{greek small letter alpha}'", "'\\d\\q'", "'a\\\nb'", "'é∑'",
        "b'\\n\\x41\\101\\q'", "'''a\\\nb'''", "r'\\''", 'r"\\""',
        "x = ('a'\n     'b')",
    ],
    "FStrings": [
        "f'a'", "f''", "f'{x}'", "f'a{x}b'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'",
        "f'{x:{w}}'", "f'{x:{w}.{p}f}'", "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'",
        "f'{{}}'", "f'{{x}}'", "f'a{{'", "f'{x}{y}'", "'a' f'{x}' 'b'", "f'{x}' f'{y}'",
        "rf'\\n{x}'", "F'{x}'", "fR'{x}'", "f'{x:}'", "f'{ x }'", "f'{x+1}'", "f'{a[\"k\"]}'",
        "f'{x!r:^10}'", "f'{(lambda: 1)()}'", "f'{x,y}'", "f'{3!=4}'", "f'{a<b}'",
        "f'{d[\"a\"]:{w}}'", "f'\\n{x}\\t'", "f'{x:%H:%M}'", "f'''{x\n}'''", "f'{\"a\"}'",
        "f'{x:{{}}>10}'", "f'\\N{BULLET} {x}'",
    ],
    "Operators": [
        "a + b * c", "(a + b) * c", "a - b - c", "a ** b ** c", "-2 ** 2", "2 ** -1", "-x", "+x", "~x",
        "not x", "not not x", "a // b % c @ d / e", "a << b >> c", "a & b ^ c | d", "a | b & c",
        "a < b", "a < b <= c > d >= e == f != g", "a in b", "a not in b", "a is b", "a is not b",
        "a and b", "a and b and c", "a or b and c", "a or b or c", "(a or b) or c", "not a and b",
        "a if b else c", "a if b else c if d else e", "lambda: 1", "-a ** -b", "await x",
        "a + -b", "x[1] ** 2", "a < b < c", "not a == b", "a @ b",
    ],
    "Primaries": [
        "f()", "f(a)", "f(a, b)", "f(a, *b)", "f(*a, *b)", "f(a=1)", "f(a, b=2, *c, **d)",
        "f(**a, b=1)", "f(*a, b=1, *c)", "f(x for x in y)", "f((x for x in y), 1)", "f(a,)",
        "a.b.c()", "a[1]", "a[1:2]", "a[:]", "a[::]", "a[1:2:3]", "a[::2]", "a[:, 1]",
        "x[1:2, ::3]", "x[..., None]", "x[1,]", "x[a, b]", "x[*a]", "x[a, *b]", "a()[1].b",
        "f(x := 1)", "x[y := 1]", "f(a)(b)(c)", "a.b[c].d(e)", "f(a for a in b if c)",
    ],
    "Displays": [
        "[1, 2, 3]", "[1, *a, 2]", "[*a]", "(1, *a)", "{1, 2}", "{*a, 1}", "{1: 2, 3: 4}", "{**a}",
        "{**a, 'b': 1, **c}", "{'a': 1, **b}", "[1, 2,]", "{1: 2,}", "{1, 2,}", "(x := 5)",
        "[x := 1, 2]", "[[1, 2], [3]]", "{(1, 2): [3]}",
    ],
    "Comprehensions": [
        "[x for x in y]", "[x for x in y if x]", "[x for x in y if a if b]",
        "[x for x in y for z in w]", "[(x, y) for x, y in z]", "{x for x in y}",
        "{k: v for k, v in d.items()}", "(x for x in y)", "[x for x in range(3) if x > 1 for y in x]",
        "[x async for x in y]", "[x for (a, b) in c]", "[x for [a, *b] in c]", "[x for x in a or b]",
        "[y for x in z if (y := x)]", "{k: (v for v in k) for k in m}",
        "[x for x.a in y]", "[x for x[0] in y]",
    ],
    "Assignments": [
        "x = 1", "x = y = 1", "x, y = 1, 2", "(x, y) = z", "[x, y] = z", "x, = z", "*x, y = z",
        "x, *y = z", "[*x] = z", "a.b = 1", "a[0] = 1", "a[1:2] = b", "x = yield", "x = yield y",
        "x = *a, b", "x += 1", "x -= 1", "x *= 1", "x @= 1", "x /= 1", "x //= 1", "x %= 1",
        "x **= 1", "x <<= 1", "x >>= 1", "x |= 1", "x ^= 1", "x &= 1", "a.b += 1", "a[0] += 1",
        "x: int", "x: int = 1", "(x): int = 1", "a.b: int", "a[0]: int = 2", "x: 'str' = 'a'",
        "x = y = z = 0", "x = (yield)", "x += yield", "a, b = b, a", "((a, b), c) = d",
        "x: int = yield", "x = 1; y = 2", "x = 1;",
    ],
    "SimpleStatements": [
        "pass", "del x", "del x, y", "del (x, y)", "del x[0], a.b", "del [a, b]", "del x,",
        "assert x", "assert x, 'msg'", "raise", "raise E", "raise E from e", "raise E(1) from None",
        "import a", "import a.b.c", "import a as b", "import a.b as c, d", "from a import b",
        "from a import b as c", "from a import (b, c)", "from a import (b, c,)", "from . import a",
        "from .. import a", "from .a import b", "from ...a.b import c", "from .... import a",
        "from a import *", "global x", "global x, y", "def f():\n    nonlocal x\n", "x",
        "x; y", "print('hi')", "match = 1", "match(x)", "case = 2", "_ = 3",
        "def f():\n    return\n", "def f():\n    return 1, 2\n", "def f():\n    return *a, b\n",
        "def f():\n    yield\n", "def f():\n    yield x\n", "def f():\n    yield from x\n",
        "def f():\n    yield a, b\n", "def f():\n    await x\n", "for x in y:\n    break\n    continue\n",
    ],
    "Compound": [
        "if x:\n    pass\n", "if x: pass", "if x:\n    a\nelse:\n    b\n",
        "if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n", "if x := 1:\n    pass\n",
        "while x:\n    pass\n", "while x:\n    a\nelse:\n    b\n", "for x in y:\n    pass\n",
        "for x, y in z:\n    pass\nelse:\n    pass\n", "for x in 1, 2:\n    pass\n",
        "for (x, y) in z: pass", "for x in *a, b:\n    pass\n",
        "with a:\n    pass\n", "with a as b:\n    pass\n", "with a as b, c as d:\n    pass\n",
        "with (a as b, c as d):\n    pass\n", "with (a, b) as c:\n    pass\n", "with (a):\n    pass\n",
        "with (a as b,):\n    pass\n", "with a as (b, c):\n    pass\n", "with a as b.c:\n    pass\n",
        "with (open(x)) as f:\n    pass\n", "with (a, b):\n    pass\n",
        "try:\n    a\nexcept:\n    b\n", "try:\n    a\nexcept E:\n    b\n",
        "try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nelse:\n    d\nfinally:\n    e\n",
        "try:\n    a\nfinally:\n    b\n", "try: a\nexcept: b",
        "if a:\n    if b:\n        c\n    d\ne\n", "if a:\n\n    b\n\n\n    c\n",
        "if a:  # c\n    b  # d\n# e\n", "if a:\n\tb\n", "if a:\n        b\n        c\n",
        "while 1:\n    if x: break\n    else: continue\n",
        "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n",
        "x = [\n    1,\n    2,\n]\n", "x = 1 + \\\n    2\n", "if x:\n    pass\n\n\n",
    ],
    "Definitions": [
        "def f(): pass", "def f(a): pass", "def f(a, b=1): pass", "def f(*args): pass",
        "def f(**kwargs): pass", "def f(a, *, b): pass", "def f(a, *, b=1, c): pass",
        "def f(a, /): pass", "def f(a, /, b): pass", "def f(a=1, /, b=2, *c, d, e=3, **f): pass",
        "def f(a: int, b: str = 'x') -> bool: pass", "def f(*args: int, **kw: str): pass",
        "def f(a,): pass", "def f(*, a): pass", "def f(a, b, /, c, *, d): pass",
        "@d\ndef f(): pass", "@d1\n@d2.x(1)\ndef f(): pass", "@a[0]\ndef f(): pass",
        "async def f(): pass", "@d\nasync def f(): pass",
        "class A: pass", "class A(): pass", "class A(B): pass", "class A(B, C): pass",
        "class A(B, metaclass=M): pass", "class A(*a, **k): pass", "@d\nclass A:\n    x = 1\n",
        "class A:\n    def f(self):\n        return self\n",
        "lambda: 0", "lambda x: x", "lambda x, y=1: x", "lambda *a, **k: a", "lambda x, /, y, *, z: 0",
        "lambda *, a=1: a", "lambda x=lambda: 1: x", "def f(a, /, *, b): pass",
        "def f():\n    def g():\n        nonlocal x\n        x = 1\n",
    ],
    "Locations": [
        "x = (\n  1 +\n  2\n)\n", "f(a,\n  b)\n", "x = '''a\nb''' + c\n", "if x:\n    y = [1,\n         2]\n",
        "  \nx\n", "# comment\nx = 1  # trailing\n", "\n\n\nx\n", "x = \\\n  y\n",
        "é = 1", "x = 'é' + y", "αβ = γ + 1",
    ],
}

ERRORS = {
    "TokenizerErrors": [
        "'abc", "x = 'abc", "'''abc", "x = '''ab\nc", "x = '''ab\nc\n", "1abc", "x = 12abc", "1_", "1__2",
        "x = 1.5e", "x = 1e5j3", "0x", "0xg", "0o8", "0o", "0b2", "0b", "0123", "0_7", "x = a…",
        "x = \\", "x = 1 \\ 2", "x = )", "x = (]", "x = (\n]", "foo(a,", "x = ((((", "x = [1,\n   2,",
        "x = {", "x = 1 $ 2", "x = 1 ? 2", "x = 1 ! 2", "x = `a`", "a\u00a0b", "x = 1\n)",
        "1.__class__", "0b1_", "0x1__2",
    ],
    "IndentationErrors": [
        "x\n  y", "x\n    y", "x\n\ty", "\tif x:\n        pass", "if x:\npass", "if x:", "if x:\n",
        "if x:\n    a\n  b", "if x:\n    a\n  bcdef", "def f():\n    return 1\n  x",
        "if x:\n\ta\n        b", "if a:\n    if x:\ny", "def f():\n    if x:\n    y",
        "for x in y:\npass", "while x:\npass", "with a:\npass", "try:\npass", "def f():\npass",
        "class A:\npass", "if x:\n    a\nelse:\nb", "if x:\n    a\nelif y:\nb",
        "try:\n    a\nexcept:\nb", "try:\n    a\nfinally:\nb", "async def f():\npass",
        "@d\ndef f():\npass",
    ],
    "ParserErrors": [
        "f() = 1", "1 = x", "x + 1 = 2", "(a, f()) = 1", "f() = g() = 1", "x = f() = 1", "True = 1",
        "None = 1", "... = 1", "if x = 1: pass", "if x\n    pass", "for x in y z: pass", "foo(a b)",
        "foo(a b", "x = [1, 2 3]", "f(a, b=1 2)", "print(1 if 2)", "x = 1 if y", "x = 1 2",
        "a b c", "x = a.", "import", "def f(a, b", "(a, b) = 1 = 2", "x = {1: 2, 3}", "f(**)",
        "not = 1", "a if b else c = 1", "x = 1; ;", "return 1", "break", "continue", "x = = 1",
        "x = ", "def f(:\n    pass", "class A\n    pass", "def f()\n    pass", "try\n    pass",
        "lambda x", "del f()", "del *a", "for f() in x: pass", "x += 1, = 2", "f() += 1",
        "a, b += 1", "x: int, y: int = 1", "(x, y): int", "[x, y]: int", "f(): int", "a, b: int",
        "[x for x in y] = 1", "with open(x) as f()\n  pass\n", "a, f() = 1", "f(), a = 1",
        "print \"hi\"", "a.1", "import a.b as", "from . import (a, b", "from x import a,",
        "def f(a, a): pass", "def f(a=1, b): pass", "def f(*): pass", "def f(**k, a): pass",
        "f(**k, *a)", "f(a=1, b)", "f(**k, a)", "f(x for x in y, 1)", "nonlocal x", "a = yield",
        "x = *a", "*a = 1", "*a", "[*a, *b] = c", "class A x:\n  pass", "def f() x:\n  pass",
        "def f x:\n  pass", "try x:\n  pass", "if 1:\n  pass\nelse x:\n  pass",
        "try:\n  pass\nfinally x:\n  pass", "try:\n  pass\nexcept x y:\n  pass",
        "try:\n  pass\nexcept x, y:\n  pass", "with a b:\n  pass", "while x y:\n  pass",
        "if x y:\n  pass", "(*a)", "f(a.b=1)", "f(True=1)", "[a = 1]", "del x, f()", "x = yield = 1",
        "@foo\nx = 1", "try:\n    pass", "try:\n    pass\nx = 1", "for x in range(3):\n    pass\nelse\n    pass\n",
        "x = 1\ny = (1,\nz = 2", "y = (1,\nz = 2)", "x = \nfoo(", "class A(:\n  pass",
        "def f(/): pass", "def f(a, /, b, /): pass", "def f(*, a, /): pass", "def f(*a, *b): pass",
        "def f(*a=1): pass", "def f(**a=1): pass", "lambda a, a: 1", "f(a=1, a=2)",
        "def f():\n    x = yield = 1", "x := 1", "(a.b := 1)", "[*a for a in b]", "{**a for a in b}",
        "f(x for x in y, )", "x = yield from", "def f():\n  class A:\n    return 1",
        "for x in y:\n  def f():\n    break", "while 1:\n  class A:\n    continue", "def f(x, y=1, /, z): pass",
        "x = (1 for x in y) = 1", "{a: b c}", "(a, b c)", "if True:\n    pass\n  else:\n    pass",
        "x = 'a' b'b'", "b'é'", "'\\x1'", "'ab\\x1'", "b'\\x1'", "'\\N{foo}'", "'\\N'", "'\\u12'",
        "'\\U00110000'", "def f(a, *, b, **c, d): pass", "a = 1 +", "if x:\n    pass\n  elif y:\n    pass",
        "with (a as b", "f(a, *b, c=1, **d, e)", "x.y += 1 = 2", "del (a, f())", "del a + b",
        "for x, f() in y: pass", "[x for f() in y]", "import a.", "from import a", "from a import",
        "from a import b c", "global", "assert", "def f(a, b):\n    pass\nf(1 2)",
    ],
    "FStringErrors": [
        "f'{a b}'", "f'{}'", "f'{a!x}'", "f'}'", "f'{a'", "x = f'{x:{y:{z}}}'", "f'{a!r }'",
        "f'{!r}'", "f'{a#}'", "f'{a\\n}'", "f'{ }'", "f'{a:'", "f'{a!}'", "f'{a)}'", "f'{a(}'",
        "f'{(a]}'", "f'{a=!x}'", "f'{x:{y}'", "f'{:x}'", "f'{=}'", "f'{1 +}'", "f'{\"a}'",
    ],
}

PROGRAMS = {
    "training_loop": '''\
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class CharRNN(nn.Module):
    """A character-level RNN."""

    def __init__(self, vocab_size: int, hidden: int = 128, layers=2, *, dropout=0.1):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.head = nn.Linear(hidden, vocab_size)

    def forward(self, x, state=None):
        out, state = self.rnn(self.embed(x), state)
        return self.head(out), state


def train(model, data, epochs=10, lr=1e-3, **kwargs):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    history = []
    for epoch in range(epochs):
        total = 0.0
        for i, (x, y) in enumerate(data):
            opt.zero_grad()
            logits, _ = model(x)
            loss = loss_fn(logits.view(-1, logits.size(-1)), y.view(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
            if i % 100 == 0 and kwargs.get("verbose", False):
                print(f"epoch {epoch:3d} step {i:5d} loss {loss.item():.4f}")
        history.append(total / max(1, len(data)))
    else:
        print("done", end="\\n")
    return history


@torch.no_grad()
def sample(model, start, n=100, temperature=1.0):
    idx = torch.tensor([[start]])
    state = None
    out = [start]
    while len(out) < n:
        logits, state = model(idx, state)
        probs = torch.softmax(logits[:, -1] / temperature, dim=-1)
        idx = torch.multinomial(probs, 1)
        out.append(idx.item())
    return out


if __name__ == "__main__":
    xs = torch.randint(0, 50, (64, 20))
    ds = TensorDataset(xs[:, :-1], xs[:, 1:])
    dl = DataLoader(ds, batch_size=8, shuffle=True)
    m = CharRNN(50)
    hist = train(m, dl, epochs=2, verbose=True)
    squares = {k: v ** 2 for k, v in zip("abc", range(3)) if v}
    matrix = [[i * j for j in range(3)] for i in range(3)]
    flat = [x for row in matrix for x in row if x % 2 == 0]
    a, *rest = flat or [0]
    try:
        value = matrix[1][2]
    except (IndexError, KeyError) as err:
        value = None
    except Exception:
        raise
    finally:
        del a
    with open("/tmp/x.txt", "w") as fh, open("/tmp/y.txt") as gh:
        fh.write(gh.read())
    lam = lambda x, *ys, k=1, **kw: (x, ys, k, kw)
    assert callable(lam), "lam must be callable"
    t = xs[..., 0:2, None]
    s = x[1:2, ::3] if True else not False
    z = -2 ** 2 + ~1 - +3 @ m if (n := 10) > 5 else 0
    print(*hist, sep=", ")
''',
}

SKIP = {"ctx", "type_comment", "kind", "type_ignores"}


def q(s):
    out = []
    for c in s:
        o = ord(c)
        out.append(c if 0x20 <= o < 0x7F and c not in "'\\" else "\\u{%x}" % o)
    return "'" + "".join(out) + "'"


def bits(f):
    return "%x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def const(v):
    if v is None:
        return "None"
    if v is True:
        return "True"
    if v is False:
        return "False"
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "f0x" + bits(v)
    if isinstance(v, complex):
        return "j0x" + bits(v.imag)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, bytes):
        return "b[" + ",".join(str(b) for b in v) + "]"
    raise TypeError(v)


class Dumper:
    def __init__(self, src):
        self.lines = src.split("\n")

    def col(self, line, col):
        text = self.lines[line - 1].encode("utf-8") if line - 1 < len(self.lines) else b""
        return len(text[:col].decode("utf-8", errors="replace"))

    def loc(self, n):
        if isinstance(n, ast.stmt):
            return "@%d:%d-%d" % (n.lineno, self.col(n.lineno, n.col_offset), n.end_lineno)
        if isinstance(n, ast.expr):
            return "@%d:%d-%d:%d" % (n.lineno, self.col(n.lineno, n.col_offset), n.end_lineno,
                                     self.col(n.end_lineno, n.end_col_offset))
        if isinstance(n, (ast.excepthandler, ast.keyword, ast.arg)):
            return "@%d:%d" % (n.lineno, self.col(n.lineno, n.col_offset))
        return ""

    def dump(self, n, loc=True):
        if isinstance(n, list):
            return "[" + ", ".join(self.dump(x, loc) for x in n) + "]"
        if n is None:
            return "None"
        if isinstance(n, str):
            return q(n)
        if isinstance(n, int):
            return str(n)
        name = type(n).__name__
        if isinstance(n, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
            return name
        if isinstance(n, ast.Module):
            return "Module(" + self.dump(n.body) + ")"
        if isinstance(n, ast.alias):
            return "alias(%s, %s)" % (q(n.name), self.dump(n.asname))
        if isinstance(n, ast.Constant):
            fields = [const(n.value)]
        elif isinstance(n, ast.NamedExpr):
            fields = [q(n.target.id), self.dump(n.value)]
        elif isinstance(n, ast.JoinedStr):
            fields = [self.dump(n.values, False)]
        elif isinstance(n, ast.FormattedValue):
            fields = [self.dump(n.value), str(n.conversion), self.dump(n.format_spec, False)]
        else:
            fields = [self.dump(getattr(n, f)) for f in n._fields if f not in SKIP]
        return name + (self.loc(n) if loc else "") + "(" + ", ".join(fields) + ")"


def swift(s):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif 0x20 <= o < 0x7F:
            out.append(c)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def error_case(src):
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        kind = {"SyntaxError": ".syntaxError", "IndentationError": ".indentationError",
                "TabError": ".tabError"}[type(e).__name__]
        col = max(0, (e.offset or 1) - 1)
        end = "nil"
        if e.end_offset is not None and e.end_offset > 0 and e.end_lineno == e.lineno:
            end = str(e.end_offset - 1)
        eof = "false"
        try:
            compile(src, "<string>", "exec", 0x4000)
        except SyntaxError as e2:
            eof = "true" if e2.msg == "incomplete input" else "false"
        return "ErrorCase(%s, %s, %s, %d, %d, %s, eof: %s)" % (
            swift(src), kind, swift(e.msg), e.lineno or 0, col, end, eof)
    raise AssertionError("no SyntaxError for %r" % src)


HEADER = ("// Generated by tools/gen_parser_expectations.py from CPython %s. Do not edit.\n"
          "import XCTest\n\n@testable import PythonRuntime\n" % sys.version.split()[0])
LIMIT = 12000


def write_files():
    """Writes ParserExpectations+<Group>N.swift files of at most ~LIMIT characters each."""
    import glob
    import os
    base = "Tests/PythonRuntimeTests/Syntax/"
    for old in glob.glob(base + "ParserExpectations*.swift"):
        os.remove(old)
    groups = []
    for group, sources in CASES.items():
        groups.append((group, "checkAST", ["(%s, %s)," % (swift(s), swift(Dumper(s).dump(ast.parse(s))))
                                           for s in sources]))
    for group, sources in ERRORS.items():
        groups.append((group, "checkErrors", [error_case(s) + "," for s in sources]))
    groups.append(("Programs", "checkAST", ["(%s, %s)," % (swift(s), swift(Dumper(s).dump(ast.parse(s))))
                                            for s in PROGRAMS.values()]))
    for group, check, items in groups:
        chunks, current, size = [], [], 0
        for item in items:
            if current and size + len(item) > LIMIT:
                chunks.append(current)
                current, size = [], 0
            current.append(item)
            size += len(item)
        chunks.append(current)
        for n, chunk in enumerate(chunks, 1):
            name = group + (str(n) if len(chunks) > 1 else "")
            body = "\n".join("      " + item for item in chunk)
            text = (HEADER + "\nextension ParserDifferentialTests {\n  func test%s() {\n    %s([\n%s\n    ])\n  }\n}\n"
                    % (name, check, body))
            path = base + "ParserExpectations+%s.swift" % name
            with open(path, "w") as f:
                f.write(text)
            print("wrote", path, len(text))
    text = HEADER + "\n/// Sample programs (also used by the fuzz and performance tests).\nenum SamplePrograms {\n"
    text += "  static let all: [String] = [\n" + "".join("    %s,\n" % swift(s) for s in PROGRAMS.values())
    text += "  ]\n}\n"
    with open(base + "ParserExpectations+SamplePrograms.swift", "w") as f:
        f.write(text)


def main():
    write_files()


if __name__ == "__main__":
    main()
