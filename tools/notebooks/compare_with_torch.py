#!/usr/bin/env python3
"""Executes copies of notebooks UNCHANGED in ipykernel with real PyTorch and compares their stream outputs
with the outputs SwiftTorch stored in them.

Usage (with the python of a venv that has torch, numpy, ipykernel, nbclient, nbformat):
    JUPYTER_PATH=/work/torch-venv/share/jupyter /work/torch-venv/bin/python \\
        tools/notebooks/compare_with_torch.py [--kernel torchpy] [--workdir DIR] [--timeout S] \\
        [--set NAME=VALUE]... NOTEBOOK...

Setup of such a venv (once):
    /work/torch-venv/bin/pip install ipykernel nbclient nbformat
    /work/torch-venv/bin/python -m ipykernel install --prefix /work/torch-venv --name torchpy

Each NOTEBOOK is copied into DIR (default: a new temporary folder) and executed there with nbclient (the
copy's folder is the working directory). --set overrides `NAME = ...` lines of the cell tagged
`parameters` in the copy only (e.g. --set DATA_DIR=/tmp/names_data for lecture 13); notebooks without
such a cell or name are run as they are. The stored notebook is never modified.

Comparison, code cell by code cell: stdout and stderr stream text, the text/plain of results, and error
names. Wall-clock times printed as `[Nm Ns]` are replaced by `[?m ?s]` on both sides before comparing.
Prints `same` or a unified diff per notebook and exits 1 when any notebook differs.
"""
import difflib
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nbparams  # noqa: E402

TIME = re.compile(r"\[\d+m \d+s\]")


def summarize(cell):
    parts = []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            text = out.get("text", "")
            parts.append(f"[{out.get('name')}] " + ("".join(text) if isinstance(text, list) else text))
        elif kind in ("execute_result", "display_data"):
            text = out.get("data", {}).get("text/plain", "")
            parts.append(f"[{kind}] " + ("".join(text) if isinstance(text, list) else text) + "\n")
        elif kind == "error":
            parts.append(f"[error] {out.get('ename')}: {out.get('evalue')}\n")
    return TIME.sub("[?m ?s]", "".join(parts))


def merge_streams(cell):
    """ipykernel may split one print into several stream outputs; merge consecutive ones of one name."""
    merged = []
    for out in cell.get("outputs", []):
        if (out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == out.get("name")):
            prev = merged[-1]
            prev["text"] = "".join(prev["text"]) + "".join(out["text"])
        else:
            merged.append(dict(out))
    cell["outputs"] = merged


def main(argv):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    kernel, workdir, timeout, sets, paths = "torchpy", None, 3600, [], []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--kernel", "--workdir", "--timeout", "--set"):
            value = argv[i + 1]
            i += 2
            if a == "--kernel":
                kernel = value
            elif a == "--workdir":
                workdir = value
            elif a == "--timeout":
                timeout = int(value)
            else:
                sets.append(nbparams.parse_assignment(value))
        else:
            paths.append(a)
            i += 1
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    created = workdir is None
    workdir = workdir or tempfile.mkdtemp(prefix="torch-nb-")
    os.makedirs(workdir, exist_ok=True)
    differing = 0
    for path in paths:
        stored = nbparams.read(path)
        copy = nbparams.read(path)
        names_here = [(n, v) for n, v in sets
                      if any("parameters" in c.get("metadata", {}).get("tags", [])
                             and re.search(r"^%s\s*=" % re.escape(n), nbparams.source(c), re.M)
                             for c in copy["cells"])]
        nbparams.set_parameters(copy, names_here)
        for cell in copy["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"] = []
                cell["execution_count"] = None
        copy_path = os.path.join(workdir, os.path.basename(path))
        nbparams.write(copy, copy_path)
        nb = nbformat.read(copy_path, as_version=4)
        client = NotebookClient(nb, kernel_name=kernel, timeout=timeout,
                                resources={"metadata": {"path": workdir}})
        error = None
        try:
            client.execute()
        except CellExecutionError as e:
            error = e
        nbformat.write(nb, copy_path)
        executed = nbparams.read(copy_path)
        diff = []
        for a, b in zip(stored["cells"], executed["cells"]):
            if a["cell_type"] != "code":
                continue
            merge_streams(a)
            merge_streams(b)
            sa, sb = summarize(a), summarize(b)
            if sa != sb:
                diff.append(f"cell {a['id']}:\n")
                diff.extend(difflib.unified_diff(sa.splitlines(True), sb.splitlines(True),
                                                 "swifttorch (stored)", "ipykernel + torch"))
        label = f"{path}" + (f" (with {', '.join(n + '=' + v for n, v in names_here)})" if names_here else "")
        if diff:
            differing += 1
            print(f"DIFF {label}; executed copy: {copy_path}")
            sys.stdout.writelines(d if d.endswith("\n") else d + "\n" for d in diff)
        else:
            print(f"same {label}")
        if error is not None:
            print(f"     (the torch run stopped at an error: {str(error).strip().splitlines()[-1]})")
    if created and not differing:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
