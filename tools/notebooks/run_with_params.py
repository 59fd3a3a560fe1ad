#!/usr/bin/env python3
"""Runs a notebook with SwiftTorch on a temporary copy whose parameters cell is overridden, and stores
the outputs in the original notebook, whose sources stay as they are.

Usage:
    python3 tools/notebooks/run_with_params.py [--bin SWIFTTORCH] [--keep-copy DIR] NOTEBOOK NAME=VALUE...

Example (lecture 13 on the real course data, kept outside the repository):
    mkdir -p /tmp/names_data && cp /path/to/names_*.csv.gz /tmp/names_data/
    python3 tools/notebooks/run_with_params.py notebooks/lec13_rnn_classifier.ipynb DATA_DIR=/tmp/names_data

What it does: copies NOTEBOOK into a temporary folder, rewrites the `NAME = ...` lines of its cell tagged
`parameters`, runs `swifttorch run` on the copy (default binary: .build-nb/debug/swifttorch, then
.build/release/swifttorch, then .build/debug/swifttorch), and, only when every cell ran, copies each code
cell's outputs and execution count back into NOTEBOOK. The copy's sources (with the overridden values,
e.g. a local data path) never reach NOTEBOOK. Exit status: swifttorch's (0 when everything ran).
Standard library only.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nbparams  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def default_binary():
    for rel in (".build-nb/debug/swifttorch", ".build/release/swifttorch", ".build/debug/swifttorch"):
        path = os.path.join(ROOT, rel)
        if os.access(path, os.X_OK):
            return path
    return None


def main(argv):
    binary = None
    keep = None
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--bin":
            binary = argv[i + 1]
            i += 2
        elif argv[i] == "--keep-copy":
            keep = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    notebook, assignments = args[0], [nbparams.parse_assignment(a) for a in args[1:]]
    binary = os.path.abspath(binary) if binary else default_binary()
    if binary is None:
        print("no swifttorch binary found; build it or pass --bin", file=sys.stderr)
        return 2

    nb = nbparams.read(notebook)
    copy = nbparams.read(notebook)
    nbparams.set_parameters(copy, assignments)
    workdir = keep or tempfile.mkdtemp(prefix="swifttorch-nb-")
    os.makedirs(workdir, exist_ok=True)
    copy_path = os.path.join(workdir, os.path.basename(notebook))
    nbparams.write(copy, copy_path)
    # the notebook runs with the copy's folder as working directory, like `jupyter nbconvert --execute`
    result = subprocess.run([binary, "run", os.path.basename(copy_path)], cwd=workdir)
    if result.returncode != 0:
        print(f"swifttorch run failed ({result.returncode}); {notebook} left unchanged; copy: {copy_path}",
              file=sys.stderr)
        return result.returncode
    executed = {c["id"]: c for c in nbparams.read(copy_path)["cells"]}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            ran = executed[cell["id"]]
            cell["outputs"] = ran.get("outputs", [])
            cell["execution_count"] = ran.get("execution_count")
    nbparams.write(nb, notebook)
    if keep is None:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"stored the outputs of a run with {', '.join(n + '=' + v for n, v in assignments)} in {notebook}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
