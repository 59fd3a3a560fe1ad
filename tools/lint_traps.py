#!/usr/bin/env python3
"""Lists every site in Sources/ that traps the process when it fails (try!, as!, force unwraps,
fatalError, precondition, preconditionFailure, assert/assertionFailure, unsafeBitCast, unowned(unsafe),
implicitly unwrapped optionals) and fails when one is not in tools/lint-allowlist.txt.

Each allowlist line is `path | code | reason`: `code` is the trimmed source line, so entries survive
line-number changes; `reason` says why no user input or peer message can reach the site.
String literals and comments are blanked before matching, so text inside them never counts.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "tools" / "lint-allowlist.txt"

PATTERNS = [
    ("try!", re.compile(r"\btry!")),
    ("as!", re.compile(r"\bas!")),
    ("fatalError", re.compile(r"\bfatalError\s*\(")),
    ("precondition", re.compile(r"\bprecondition(Failure)?\s*\(")),
    ("assert", re.compile(r"(?<![.\w])(?<!case )assert(ionFailure)?\s*\(")),
    ("unsafeBitCast", re.compile(r"\bunsafeBitCast\s*\(")),
    ("unowned(unsafe)", re.compile(r"unowned\(unsafe\)")),
    # a force unwrap: `x!`, `f()!`, `a[i]!` not followed by `=` (so `!=` is fine)
    ("force unwrap", re.compile(r"[A-Za-z0-9_\)\]\?]!(?![=])")),
    ("implicitly unwrapped optional", re.compile(r":\s*[A-Z][A-Za-z0-9_<>\[\]]*!")),
]


def blank_strings_and_comments(text: str) -> str:
    """Replaces the contents of string literals and comments with spaces, keeping line structure."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c == '"' or (c == "#" and re.match(r'#+"', text[i:])):
            m = re.match(r'(#*)("""|")', text[i:])
            hashes, quote = m.group(1), m.group(2)
            close = quote + hashes
            j = i + len(m.group(0))
            while j < n:
                if text.startswith(close, j) and (hashes or text[j - 1] != "\\" or text[j - 2 : j] == "\\\\"):
                    j += len(close)
                    break
                j += 1
            out.append(m.group(0) + "".join(ch if ch == "\n" else " " for ch in text[i + len(m.group(0)) : max(i + len(m.group(0)), j - len(close))]) + close)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_allowlist():
    entries = {}
    if not ALLOWLIST.exists():
        return entries
    for raw in ALLOWLIST.read_text().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split(" | ")]
        if len(parts) != 3 or not parts[2]:
            print(f"lint: bad allowlist line (want 'path | code | reason'): {raw}")
            sys.exit(2)
        entries[(parts[0], parts[1])] = parts[2]
    return entries


def main() -> int:
    allow = load_allowlist()
    used = set()
    found = []
    for path in sorted((ROOT / "Sources").rglob("*.swift")):
        rel = str(path.relative_to(ROOT))
        original = path.read_text(encoding="utf-8").splitlines()
        cleaned = blank_strings_and_comments(path.read_text(encoding="utf-8")).splitlines()
        for lineno, (line, orig) in enumerate(zip(cleaned, original), 1):
            for name, pattern in PATTERNS:
                if pattern.search(line):
                    key = (rel, orig.strip())
                    if key in allow:
                        used.add(key)
                    else:
                        found.append((rel, lineno, name, orig.strip()))
    for rel, lineno, name, code in found:
        print(f"lint: {rel}:{lineno}: {name} not in tools/lint-allowlist.txt: {code}")
    stale = [k for k in allow if k not in used]
    for rel, code in stale:
        print(f"lint: stale allowlist entry (site no longer exists): {rel} | {code}")
    total = len(used) + len(found)
    print(f"lint: {total} trap sites in Sources, {len(used)} allowlisted, {len(found)} new, {len(stale)} stale")
    return 1 if found or stale else 0


if __name__ == "__main__":
    sys.exit(main())
