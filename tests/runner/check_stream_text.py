#!/usr/bin/env python3
"""Checks that a notebook's stored stdout equals a reference output file.

Usage: check_stream_text.py NOTEBOOK.ipynb EXPECTED.out

Concatenates the text of the stdout stream outputs of the code cells, in order, and compares it
with EXPECTED.out byte for byte (e.g. notebooks/lec12_1_rnncell.ipynb against
../shared/reference/course/lec12_a_rnncell_manual.out). Uses only the standard library.
Exits 0 when equal, 1 with a diff otherwise.
"""
import difflib
import json
import sys


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    notebook_path, expected_path = argv
    with open(notebook_path, encoding="utf-8") as f:
        nb = json.load(f)
    text = ""
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                part = output["text"]
                text += "".join(part) if isinstance(part, list) else part
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    if text == expected:
        print(f"ok   {notebook_path}: stdout equals {expected_path}")
        return 0
    print(f"FAIL {notebook_path}: stdout differs from {expected_path}")
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), expected_path, notebook_path))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
