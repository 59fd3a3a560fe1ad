#!/usr/bin/env python3
"""Checks notebooks written by `swifttorch run` against nbformat itself.

Usage: check_nbformat.py NOTEBOOK.ipynb...

For each file: it must read with nbformat without conversion, be nbformat 4.5 with cell ids,
pass `nbformat.validate`, and be byte-identical to what `nbformat.write` makes of it
(indent 1, sorted keys, lists of lines, trailing newline). Prints one line per file and
exits 0 when every file passes, 1 otherwise (2 when nbformat is not installed).
Run it with the project venv's python (tools/runner-venv-requirements.txt).
"""
import difflib
import sys

try:
    import nbformat
except ImportError:
    print("check_nbformat.py: nbformat is not installed in this python "
          "(pip install -r tools/runner-venv-requirements.txt)", file=sys.stderr)
    sys.exit(2)


def check(path):
    """Returns a list of problems with the file at path (empty when it passes)."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
    problems = []
    if (nb.nbformat, nb.nbformat_minor) != (4, 5):
        problems.append(f"nbformat {nb.nbformat}.{nb.nbformat_minor}, expected 4.5")
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        problems.append(f"invalid: {e.message}")
    ids = [cell.get("id") for cell in nb.cells]
    if None in ids or len(set(ids)) != len(ids):
        problems.append("cell ids missing or repeated")
    expected = nbformat.writes(nb) + "\n"
    if expected != text:
        diff = difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "nbformat.writes", path, n=1)
        problems.append("differs from nbformat's own writing:\n" + "".join(list(diff)[:40]))
    return problems


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            problems = check(path)
        except Exception as e:  # unreadable, not JSON, not a notebook
            problems = [f"{type(e).__name__}: {e}"]
        if problems:
            failed += 1
            print(f"FAIL {path}: " + "; ".join(problems))
        else:
            print(f"ok   {path}")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
