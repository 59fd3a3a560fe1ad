#!/usr/bin/env python3
"""Compares the outputs of freshly executed notebooks with the outputs stored in the committed ones.

Usage: compare_outputs.py STORED_DIR EXECUTED_DIR
For every notebook in STORED_DIR, the notebook of the same name in EXECUTED_DIR must have, cell by cell,
the same stream text, the same text/plain of results and displays, and errors with the same ename and
evalue. Execution counts, metadata and timings are ignored. Prints a unified diff per differing cell and
ends with an `N passed, N failed` line.
"""
import difflib
import json
import pathlib
import sys


def summarize(cell):
    parts = []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            parts.append(f"[{out.get('name')}]\n" + "".join(out.get("text", "")))
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            parts.append(f"[{kind}]\n" + "".join(data.get("text/plain", "")))
        elif kind == "error":
            parts.append(f"[error] {out.get('ename')}: {out.get('evalue')}")
    return "\n".join(parts)


def main():
    stored_dir, executed_dir = map(pathlib.Path, sys.argv[1:3])
    passed = failed = 0
    for stored_path in sorted(stored_dir.glob("*.ipynb")):
        executed_path = executed_dir / stored_path.name
        if not executed_path.exists():
            print(f"FAIL {stored_path.name}: no executed copy in {executed_dir}")
            failed += 1
            continue
        stored = json.loads(stored_path.read_text(encoding="utf-8"))["cells"]
        executed = json.loads(executed_path.read_text(encoding="utf-8"))["cells"]
        ok = len(stored) == len(executed)
        for i, (a, b) in enumerate(zip(stored, executed)):
            if a.get("cell_type") != "code":
                continue
            sa, sb = summarize(a), summarize(b)
            if sa != sb:
                ok = False
                print(f"{stored_path.name} cell {i} ({a.get('id', '?')}) differs:")
                sys.stdout.writelines(difflib.unified_diff(sa.splitlines(True), sb.splitlines(True), "stored", "executed"))
                print()
        if ok:
            passed += 1
            print(f"ok   {stored_path.name}")
        else:
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
